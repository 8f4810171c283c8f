// A puppeteer-shaped page over classic WebDriver, so the WebKit tests reuse the journey code of
// tests/e2e/lib (widget.mjs, journey.mjs): `evaluate`, `evaluateHandle` (for `inRoot`),
// `waitForFunction`, `keyboard`, `reload`, `screenshot`, `addScriptTag`. Functions run in the page as their
// source text through WebDriver's executeAsyncScript, as puppeteer runs them over CDP.
//
// Classic WebDriver has no console or page-error events and no "run before the page's scripts"
// hook, so the test server is wrapped by a small proxy (`startProxy`) that puts one same-origin
// script, /__webkit-probe.js, first in every HTML page it serves. The probe records console
// errors, page errors, unhandled rejections, failed resource loads and CSP violations into
// window.__problems, which `assertNoProblems(page)` reads. Being a same-origin file, it is
// allowed by the strict CSP and causes no violation itself.
import { createServer, request } from 'node:http';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Key } from 'selenium-webdriver';

const PROBE = `// Injected by the WebKit test proxy (tests/e2e/webkit/lib/page.mjs).
(() => {
  const problems = (window.__problems = []);
  const text = (v) => (v && v.stack) || (v && v.message) || String(v);
  addEventListener('error', (e) => {
    if (e.target === window || e.target === undefined) problems.push('page error: ' + (e.message || text(e.error)));
    else problems.push('resource failed: ' + (e.target.src || e.target.href || e.target.localName));
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('page error (unhandled rejection): ' + text(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => problems.push('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || '(inline)')));
  // A trap in the wasm core that the element recovered from (www/osteo-plan.js): not a failure
  // of the page, but WebKit's, reported by assertNoProblems so that a log shows it.
  const traps = (window.__traps = []);
  const warn = console.warn;
  console.warn = function (...args) {
    if (/^osteoplan: the wasm core trapped/.test(String(args[0]))) traps.push(String(args[0]));
    return warn.apply(this, args);
  };
  const error = console.error;
  console.error = function (...args) {
    problems.push('console.error: ' + args.map(text).join(' '));
    return error.apply(this, args);
  };
  // Test hook (storage faults): a storage with no room from the first script on, as puppeteer's
  // evaluateOnNewDocument would set it up. Read with getItem only; removeItem clears it.
  if (sessionStorage.getItem('webkit-probe:storage-full') === '1') {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
})();
`;

/**
 * Serves what `upstream` (a tools/serve.mjs server) serves, with the probe first in every HTML
 * page, plus /__webkit-probe.js and /__webkit/frame.html?src=URL&width=W&height=H (a page whose
 * only content is an iframe of that size: a true W-px viewport for WebKit, whose window cannot
 * be made narrower than about 450 px). Resolves to { url, close() }.
 */
export async function startProxy(upstream) {
  const target = new URL(upstream.url);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/__webkit-probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(PROBE);
      return;
    }
    if (url.pathname === '/__webkit/frame.html') {
      const w = Number(url.searchParams.get('width')) || 360;
      const h = Number(url.searchParams.get('height')) || 780;
      const src = url.searchParams.get('src') ?? '/';
      const esc = (s) => String(s).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(`<!doctype html><html><head><title>frame</title></head><body style="margin:0"><iframe id="frame" title="osteoplan" src="${esc(src)}" width="${w}" height="${h}" style="border:0;display:block"></iframe></body></html>`);
      return;
    }
    const headers = { ...req.headers, host: target.host };
    delete headers['accept-encoding']; // plain bodies, so HTML can be edited
    const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (ur) => {
      const type = ur.headers['content-type'] ?? '';
      if (!type.startsWith('text/html')) {
        res.writeHead(ur.statusCode, ur.headers);
        ur.pipe(res);
        return;
      }
      const chunks = [];
      ur.on('data', (c) => chunks.push(c));
      ur.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        const tag = '<script src="/__webkit-probe.js"></script>';
        const out = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${tag}`) : tag + html;
        const h = { ...ur.headers };
        delete h['content-length'];
        res.writeHead(ur.statusCode, h).end(out);
      });
    });
    up.on('error', (err) => res.writeHead(502).end(String(err)));
    req.pipe(up);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

// Runs `src` (a function's source) with `args` in the page; awaits promises; rethrows page errors.
const RUNNER = `const done = arguments[arguments.length - 1];
const fn = FN;
Promise.resolve().then(() => fn(...arguments[0])).then(
  (v) => done({ ok: v === undefined ? null : v }),
  (e) => done({ error: String(e) + (e && e.stack ? ' | ' + e.stack : '') }));`;

// Polls `src` in the page until it returns something truthy (errors count as "not yet").
const POLLER = `const done = arguments[arguments.length - 1];
const [args, timeout, interval] = arguments[0];
const fn = FN;
const t0 = Date.now();
let last = null;
const tick = () => Promise.resolve().then(() => fn(...args)).then((v) => v, (e) => { last = String(e); return null; }).then((v) => {
  if (v) done({ ok: v });
  else if (Date.now() - t0 > timeout) done({ timeout: true, last });
  else setTimeout(tick, interval);
});
tick();`;

const source = (fn) => (typeof fn === 'string' ? `() => (${fn})` : fn.toString());

const KEYS = {
  Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Backspace: Key.BACK_SPACE, Delete: Key.DELETE, Space: ' ',
  ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
  Home: Key.HOME, End: Key.END, PageUp: Key.PAGE_UP, PageDown: Key.PAGE_DOWN,
  Shift: Key.SHIFT, Control: Key.CONTROL, Alt: Key.ALT, Meta: Key.META,
};
const key = (name) => KEYS[name] ?? (/^Key[A-Z]$/.test(name) ? name.slice(3).toLowerCase() : /^Digit\d$/.test(name) ? name.slice(5) : name);

export class WebDriverPage {
  constructor(driver) {
    this.driver = driver;
    const actions = () => driver.actions({ async: true });
    this.keyboard = {
      down: (k) => actions().keyDown(key(k)).perform(),
      up: (k) => actions().keyUp(key(k)).perform(),
      press: (k) => actions().keyDown(key(k)).keyUp(key(k)).perform(),
      type: (text) => actions().sendKeys(...[...text]).perform(),
    };
  }

  async goto(url) {
    await this.driver.get(url);
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  async close() {
    await this.driver.get('about:blank');
  }

  async run(src, args) {
    const r = await this.driver.executeAsyncScript(RUNNER.replace('FN', () => src), args);
    if (r?.error) throw new Error(`in the page: ${r.error}`);
    return r?.ok ?? null;
  }

  evaluate(fn, ...args) {
    return this.run(source(fn), args);
  }

  /** Runs a script file in the page, as puppeteer's addScriptTag({ path }) (used for axe-core). */
  async addScriptTag({ path }) {
    await this.driver.executeScript(readFileSync(path, 'utf8'));
  }

  /** A handle is kept as the function that finds it again; `evaluate` on it composes the two. */
  async evaluateHandle(fn, ...args) {
    const page = this;
    const find = source(fn);
    return {
      evaluate: (fn2, ...more) => page.run(`async (a, m) => (${source(fn2)})(await (${find})(...a), ...m)`, [args, more]),
      asElement: () => {
        const element = () => page.driver.executeScript(`return (${find})(...arguments[0]);`, args);
        return {
          uploadFile: async (path) => (await element()).sendKeys(path),
          /** A WebDriver element click: the browser's own pointer events, focus rules included. */
          click: async () => (await element()).click(),
        };
      },
      jsonValue: () => page.run(find, args),
      dispose: async () => {},
    };
  }

  async waitForFunction(fn, { timeout = 15000, polling = 50 } = {}, ...args) {
    const r = await this.driver.executeAsyncScript(POLLER.replace('FN', () => source(fn)), [args, timeout, typeof polling === 'number' ? polling : 50]);
    if (!r || r.timeout) {
      // What the page recorded says why, where a wait's own last error is only the latest symptom.
      const problems = await this.problems().catch((e) => [`(could not read the page's problems: ${e.message})`]);
      throw new Error(`waitForFunction timed out after ${timeout} ms${r?.last ? ` (last error: ${r.last})` : ''}: ${source(fn).slice(0, 200)}`
        + (problems.length ? `\nthe page recorded:\n${problems.join('\n')}` : ''));
    }
    return { jsonValue: async () => r.ok, dispose: async () => {} };
  }

  /** Sets the window so the page's viewport is `width` × `height` (within what the window allows). */
  async setViewport({ width, height }) {
    const win = this.driver.manage().window();
    for (let i = 0; i < 3; i++) {
      const [iw, ih] = await this.driver.executeScript('return [innerWidth, innerHeight]');
      if (iw === width && ih === height) return;
      const rect = await win.getRect();
      await win.setRect({ x: 0, y: 0, width: rect.width + width - iw, height: rect.height + height - ih });
    }
  }

  /** PNG of the viewport (or of `element`, a WebElement) written to `path`. */
  async screenshot({ path, element }) {
    const base64 = element ? await element.takeScreenshot() : await this.driver.takeScreenshot();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return path;
  }

  /** What the probe recorded: console errors, page errors, failed loads, CSP violations. */
  problems() {
    return this.evaluate(() => window.__problems ?? ['no probe on this page: it was not served through the WebKit proxy']);
  }
}

/** Fails with every problem the page recorded (minus `allowed` patterns). */
export async function assertNoProblems(page, allowed = []) {
  for (const trap of await page.evaluate(() => window.__traps ?? [])) console.log(`WebKit trapped and the element recovered: ${trap}`);
  const problems = (await page.problems()).filter((p) => !allowed.some((re) => re.test(p)));
  if (problems.length) throw new Error(`WebKit reported problems:\n${problems.join('\n')}`);
}

