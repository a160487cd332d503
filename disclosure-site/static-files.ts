/**
 * The site's pages, styles and scripts (public/): plain files, no build step, all held in memory
 * with their gzip form (the site is a few dozen kilobytes) and served with an ETag.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Sent with every answer, pages and API alike. */
export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

interface StaticFile {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
}

/** Every file of public/ in memory, with its gzip form. */
export function loadStaticFiles(dir = PUBLIC_DIR): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const type = CONTENT_TYPES[path.extname(name)];
      if (!type) continue;
      const body = readFileSync(full);
      const gzip = gzipSync(body, { level: 9 });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      files.set(`/${path.relative(dir, full).split(path.sep).join('/')}`, { type, body, gzip: gzip.length < body.length ? gzip : null, etag });
    }
  };
  walk(dir);
  return files;
}

export function serveStatic(files: Map<string, StaticFile>, req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
  const file = files.get(pathname === '/' ? '/index.html' : pathname);
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    const notFound = files.get('/404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
    res.end(req.method === 'HEAD' ? undefined : (notFound?.body ?? '未找到页面'));
    return;
  }
  // No build step means no hashed file names: browsers revalidate with the ETag, cheaply.
  const headers: Record<string, string> = { 'content-type': file.type, etag: file.etag, 'cache-control': 'no-cache', vary: 'accept-encoding', ...SECURITY_HEADERS };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzip! : file.body;
  res.writeHead(200, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
