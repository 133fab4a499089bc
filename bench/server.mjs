// A tiny static file server for the benchmark pages: node:http only, bound to
// 127.0.0.1 on an ephemeral port, serving nothing but /bench/, /dist/ and
// /node_modules/ of the project (everything the pages need is local: no
// internet). `close()` stops it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const ALLOWED = ['/bench/', '/dist/', '/node_modules/'];

/**
 * Starts the server.
 * @param {string} root the project directory
 * @param {Map<string, Buffer>} [snapshots] files served from memory instead of disk, by URL path
 *   (the bench pins the chronoline bundle it started with, even if dist/ is rebuilt meanwhile)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startServer(root, snapshots = new Map()) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end('method not allowed');
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const snapshot = snapshots.get(pathname);
    if (snapshot) {
      res.writeHead(200, {
        'Content-Type': TYPES[extname(pathname)] ?? 'application/octet-stream',
        'Content-Length': snapshot.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : snapshot);
      return;
    }
    const file = resolve(base, '.' + pathname);
    if (!ALLOWED.some((p) => pathname.startsWith(p)) || !(file + sep).startsWith(base + sep) || pathname.includes('\0')) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    if (!stat.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  });
  // Keep-alive sockets would hold close() open: track and end them.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
