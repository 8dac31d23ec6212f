/**
 * A static file server over a built site, for the tests that load pages in a browser. It answers
 * the way a plain static host does: a folder serves its `index.html` (a folder asked for without a
 * trailing slash is redirected to it first, so relative links resolve as they will in production),
 * a miss serves `404.html` with status 404, and no request reaches a file outside the root.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index files are gzip-compressed binary chunks that its own script decodes.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin of the server, `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

interface Resolved {
  status: 200 | 301 | 404;
  file?: string;
  location?: string;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Maps a request path to the file that answers it, never leaving `root`. */
async function resolveRequest(root: string, rawPath: string): Promise<Resolved> {
  const notFound = async (): Promise<Resolved> => {
    const page = join(root, '404.html');
    return (await statOrNull(page))?.isFile() ? { status: 404, file: page } : { status: 404 };
  };
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return notFound();
  }
  if (pathname.includes('\0')) return notFound();
  const target = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  if (target !== root && !target.startsWith(root + sep)) return notFound();

  const found = await statOrNull(target);
  if (found?.isFile()) return { status: 200, file: target };
  if (found?.isDirectory()) {
    if (!rawPath.endsWith('/')) return { status: 301, location: `${rawPath}/` };
    const index = join(target, 'index.html');
    if ((await statOrNull(index))?.isFile()) return { status: 200, file: index };
    return notFound();
  }
  const page = `${target}.html`;
  if (!pathname.endsWith('/') && (await statOrNull(page))?.isFile()) {
    return { status: 200, file: page };
  }
  return notFound();
}

/** Serves `root` on 127.0.0.1 at a free port the system picks. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const rawPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    resolveRequest(base, rawPath).then(
      ({ status, file, location }) => {
        if (location) {
          response.writeHead(status, { location }).end();
          return;
        }
        if (!file) {
          response.writeHead(status, { 'content-type': contentTypes['.txt']! }).end('Not found');
          return;
        }
        const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        createReadStream(file).pipe(response);
      },
      (error: unknown) => {
        response.writeHead(500).end(String(error));
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
