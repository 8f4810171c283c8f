// WebKit for the end-to-end tests: Debian's WebKitGTK MiniBrowser, driven through classic
// WebDriver by WebKitWebDriver, on a private Xvfb screen. Each test file starts its own Xvfb
// (a free display number, picked by Xvfb itself through -displayfd) and its own WebKitWebDriver
// (a free port), and stops exactly those processes, by id, when it is done — also when a test
// fails, the file throws, or the run is interrupted. Nothing is downloaded: selenium-webdriver
// only talks HTTP to the driver started here (its selenium-manager is never asked for anything).
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { Builder } from 'selenium-webdriver';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';

/** The MiniBrowser that Debian's libwebkit2gtk-4.1-0 installs (its path has the multiarch triplet in it). */
export function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const known = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (existsSync(known)) return known;
  try {
    const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
    return listed.split('\n').find((l) => l.endsWith('/MiniBrowser')) ?? null;
  } catch {
    return null;
  }
}

/** Why WebKit cannot run here (missing packages), or null when it can. */
export function unavailable() {
  const missing = [];
  if (!existsSync(WEBKIT_DRIVER)) missing.push(`${WEBKIT_DRIVER} (Debian package webkit2gtk-driver)`);
  if (!existsSync(XVFB)) missing.push(`${XVFB} (Debian package xvfb)`);
  if (!miniBrowser()) missing.push('MiniBrowser (Debian package libwebkit2gtk-4.1-0)');
  return missing.length ? `not installed: ${missing.join(', ')}; \`make setup-browsers\` installs them` : null;
}

// Every process this file started, so an exit or a signal can stop them (and only them).
const owned = new Set();

function stopGroup(child, signal) {
  try {
    // Each process was started as the leader of its own process group (detached), so its own
    // children (the MiniBrowser and WebKit's web and network processes) go with it, and nobody
    // else's. The group is signalled even when the leader has already exited, so that children
    // it left behind go too; a group with no process left just answers ESRCH.
    process.kill(-child.pid, signal);
  } catch { /* the group is gone */ }
}

// On the way out, only groups whose leader still runs: a group id long free could be reused.
const running = (c) => c.exitCode === null && c.signalCode === null;
process.on('exit', () => { for (const c of owned) if (running(c)) stopGroup(c, 'SIGKILL'); });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    for (const c of owned) if (running(c)) stopGroup(c, 'SIGKILL');
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[sig]);
  });
}

function track(child) {
  owned.add(child);
  return child;
}

/** Stops `child` and its process group: SIGTERM, then SIGKILL after `timeout` ms. */
async function stop(child, timeout = 3000) {
  if (!child) return;
  if (running(child)) {
    const gone = new Promise((r) => child.once('exit', r));
    stopGroup(child, 'SIGTERM');
    const timer = setTimeout(() => stopGroup(child, 'SIGKILL'), timeout);
    await gone;
    clearTimeout(timer);
  }
  stopGroup(child, 'SIGKILL'); // whatever of the group outlived its leader
  owned.delete(child);
}

/** Starts Xvfb on a display number it picks itself; resolves to { child, display: ':N' }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = track(spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true }));
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim().slice(-500)}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display number within 10 s: ${err.trim().slice(-500)}`)), 10000).unref();
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startDriver(display) {
  const port = await freePort();
  const child = track(spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'], detached: true,
    // No accessibility bus, no GPU compositing on the virtual screen.
    env: { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1', WEBKIT_DISABLE_COMPOSITING_MODE: '1', GDK_BACKEND: 'x11' },
  }));
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${err.trim().slice(-500)}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 10 s: ${err.trim().slice(-500)}`);
}

/**
 * Starts Xvfb, WebKitWebDriver and one MiniBrowser session. Resolves to
 * { driver, display, close() }; close() ends the session and stops both processes.
 */
export async function startWebKit() {
  const reason = unavailable();
  if (reason) throw new Error(reason);
  let xvfb, wd, driver;
  const close = async () => {
    try { await driver?.quit(); } catch { /* the process stop below ends it anyway */ }
    await stop(wd?.child);
    await stop(xvfb?.child);
  };
  try {
    xvfb = await startXvfb();
    wd = await startDriver(xvfb.display);
    driver = await new Builder()
      .usingServer(wd.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
    return { driver, display: xvfb.display, close };
  } catch (err) {
    await close();
    throw err;
  }
}
