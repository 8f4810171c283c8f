// What every WebKit test file uses: one server (www/ plus the e2e fixtures, behind the probe
// proxy), one Xvfb + WebKitWebDriver + MiniBrowser session per file, and a page adapter that
// the shared journey helpers (../../lib/widget.mjs, ../../lib/journey.mjs) accept as a page.
import { before, after } from 'node:test';
import { startServer } from '../../lib/harness.mjs';
import { startWebKit, unavailable } from './driver.mjs';
import { startProxy, WebDriverPage } from './page.mjs';

export { assertNoProblems } from './page.mjs';

/** A safety net: a file whose WebKit hangs fails after this long instead of holding up `make test`. */
export const SUITE_TIMEOUT = 5 * 60_000;

/**
 * Why the WebKit tests cannot run on this machine, or undefined. Pass it as `{ skip }` to
 * `describe`, so a machine without WebKit reports the tests as skipped with the reason
 * instead of passing them silently. E2E_BROWSERS (the Chromium/Firefox narrowing variable)
 * skips WebKit too when it is set and does not name webkit.
 */
export function skipReason() {
  const only = process.env.E2E_BROWSERS;
  if (only !== undefined && !only.split(',').includes('webkit')) return `E2E_BROWSERS=${only} leaves WebKit out`;
  return unavailable() ?? undefined;
}

/**
 * For one `describe` block: starts the server (`start`, default www/ plus fixtures), the probe
 * proxy and WebKit before its tests; stops them after. Returns `{ server, page, driver }`;
 * `server.url` is the proxy's address (use it, not the upstream's, so pages get the probe).
 */
export function useWebKit(start = startServer) {
  const env = {};
  before(async () => {
    env.upstream = await start();
    env.server = await startProxy(env.upstream);
    env.webkit = await startWebKit();
    env.driver = env.webkit.driver;
    env.page = new WebDriverPage(env.driver);
  });
  after(async () => {
    await env.webkit?.close();
    await env.server?.close();
    await env.upstream?.close();
  });
  return env;
}
