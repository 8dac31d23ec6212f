import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from './serve.ts';

/** A GET that sends the path exactly as written, unlike fetch, which normalises `..` away. */
function get(url: string, path: string) {
  return new Promise<{ status: number; type: string; location: string; body: string }>(
    (done, fail) => {
      const req = request(`${url}/`, { path }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          done({
            status: response.statusCode ?? 0,
            type: response.headers['content-type'] ?? '',
            location: response.headers.location ?? '',
            body,
          }),
        );
      });
      req.on('error', fail);
      req.end();
    },
  );
}

describe('serveStatic', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'serve-test-'));
    const root = join(dir, 'dist');
    await mkdir(join(root, 'personen', 'angela-merkel'), { recursive: true });
    await mkdir(join(root, 'pagefind'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<p>home</p>');
    await writeFile(join(root, '404.html'), '<p>nicht gefunden</p>');
    await writeFile(join(root, 'personen', 'angela-merkel', 'index.html'), '<p>merkel</p>');
    await writeFile(join(root, 'pagefind', 'wasm.de.pagefind'), 'x');
    await writeFile(join(root, 'pagefind', 'pagefind-entry.json'), '{}');
    await writeFile(join(dir, 'secret.txt'), 'outside the site');
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 at a port of its own', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('serves index.html for a folder', async () => {
    const home = await get(server.url, '/');
    expect(home).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect(home.type).toMatch(/^text\/html/);
    const person = await get(server.url, '/personen/angela-merkel/');
    expect(person).toMatchObject({ status: 200, body: '<p>merkel</p>' });
  });

  test('redirects a folder asked for without its trailing slash', async () => {
    const response = await get(server.url, '/personen/angela-merkel');
    expect(response).toMatchObject({ status: 301, location: '/personen/angela-merkel/' });
  });

  test('answers a miss with 404.html and status 404', async () => {
    const response = await get(server.url, '/gibt-es-nicht/');
    expect(response).toMatchObject({ status: 404, body: '<p>nicht gefunden</p>' });
  });

  test('gives Pagefind and JSON files their content types', async () => {
    expect((await get(server.url, '/pagefind/wasm.de.pagefind')).type).toBe(
      'application/octet-stream',
    );
    expect((await get(server.url, '/pagefind/pagefind-entry.json')).type).toMatch(
      /^application\/json/,
    );
  });

  test.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/a/..%2f..%2fsecret.txt'])(
    'never serves a file outside the root for %s',
    async (path) => {
      const response = await get(server.url, path);
      expect(response.body).not.toContain('outside the site');
      expect(response.status).toBe(404);
    },
  );
});
