// Cold load to interactive: fresh browser context each run (no cache), time from navigation
// start until every <osteo-plan> on the demo page has rendered its sections. Median of 11.
import { startServer, launch } from '../lib/harness.mjs';

const RUNS = 11;

export default async function ({ report }) {
  const server = await startServer();
  const browser = await launch('chromium');
  try {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => {
        const els = [...document.querySelectorAll('osteo-plan')];
        return els.length && els.every((e) => e.shadowRoot?.querySelector('section[aria-labelledby]'));
      }, { polling: 'raf', timeout: 20000 });
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    report(`cold load to interactive, Chromium (median of ${RUNS})`, `${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
  } finally {
    await browser.close();
    await server.close();
  }
}
