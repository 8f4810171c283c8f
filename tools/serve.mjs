#!/usr/bin/env node
// Static file server for the demo and the end-to-end tests (no dependencies).
// Serves .wasm as application/wasm. Pages under /csp/ get the strict Content-Security-Policy
// the README recommends to hosts, so tests can prove the widget runs under it. Where a file has
// a precompressed twin (`x.js.br`, `x.js.gz`, as `make dist` writes them) and the browser
// accepts that encoding, the twin is sent, as nginx's brotli_static/gzip_static would.
//
//   node tools/serve.mjs [dir] [--port 8080] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};

/**
 * Starts a server for `dir`; resolves to { server, url, close() }. Port 0 picks a free one.
 * `mounts` maps URL prefixes to other folders (the e2e fixtures: `{ '/fixtures/': 'tests/e2e/fixtures' }`).
 */
export async function serve(dir, { port = 0, host = '127.0.0.1', mounts = {}, log = () => {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      const mount = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
      const root = resolve(mount ? mounts[mount] : dir);
      const rel = mount ? url.pathname.slice(mount.length) : url.pathname;
      let path = normalize(join(root, decodeURIComponent(rel)));
      if (path !== root && !path.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        log(404, url.pathname);
        return;
      }
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      if (url.pathname.includes('/csp/')) headers['content-security-policy'] = STRICT_CSP;
      const accepted = String(req.headers['accept-encoding'] ?? '').split(',').map((e) => e.trim().split(';')[0]);
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepted.includes(encoding) || !(await stat(path + suffix).catch(() => null))) continue;
        headers['content-encoding'] = encoding;
        path += suffix;
        break;
      }
      res.writeHead(200, headers).end(await readFile(path));
      log(200, url.pathname);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const { port: actual } = server.address();
  return {
    server,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(opt('--port', process.env.PORT ?? 8080));
  const host = opt('--host', '127.0.0.1');
  const dir = args[0] ?? 'www';
  const { url } = await serve(dir, { port, host });
  console.log(`osteoplan demo: ${url.replace('127.0.0.1', 'localhost')}  (serving ${dir}; Ctrl+C to stop)`);
}
