import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static server for a copy of a build that a test changes while it runs (a "new version" of the site):
 * `astro preview` reads a folder's files once when it starts, this one on every request. It serves `folder` under
 * `base` as GitHub Pages does (a folder's index.html, the site's 404.html with status 404) and asks browsers not to
 * keep any response without checking it again, so a changed file is seen at once.
 */
export async function serveFolder(folder: string, base: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = normalize(join(folder, path.slice(base.length)));
      if (candidate.startsWith(folder)) file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(folder, '404.html');
    response.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(served ?? '')] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(served ?? '').pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
