// A small static file server for the built site, used by the offline and sub-path browser tests
// and handy for previewing an offline package: node scripts/serve-static.ts <folder> [port] [base]
// It serves <folder> under the URL path <base> (default /), with index.html for directories and
// the site's 404.html for anything missing. Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server. `root()` is read on every request, so a test can swap the folder to deploy a
 * new build without restarting. Returns the http.Server.
 */
export function serveStatic({
  root,
  port,
  base = '/',
}: {
  root: string | (() => string);
  port: number;
  base?: string;
}): Server {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const dir = resolve(typeof root === 'function' ? root() : root);
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!`${path}/`.startsWith(prefix)) {
      response.writeHead(404).end('not under base');
      return;
    }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const send = found ? file : join(dir, '404.html');
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extname(send)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(send).pipe(response);
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [folder = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  serveStatic({ root: folder, port: Number(port), base });
  console.log(`Serving ${folder} at http://127.0.0.1:${port}${base}`);
}
