/**
 * The hub's HTTP client for GraphQL requests between its own processes (the gateway asking
 * subgraphs, the cross-check engine and the CLI asking the gateway): node:http(s) with kept-alive
 * connections, the body sent once and the answer read into one Buffer.
 *
 * Apollo's default fetcher (make-fetch-happen over minipass-fetch) turned each request body into
 * a Buffer three times and wrapped it in retry, cache and stream layers the gateway does not use:
 * a tenth of the gateway's CPU on a cross-check, whose screening requests carry several hundred
 * kilobytes. Node's own fetch (undici) costs a CLI command about 20 ms to load on its first
 * request, and the engine its web streams on every answer.
 */
import http from 'node:http';
import https from 'node:https';
import type { FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

export type { FetcherResponse } from '@apollo/utils.fetcher';

/** A response read whole: its status, its headers, and its body once, as text, JSON or bytes. */
class BufferedResponse implements FetcherResponse {
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: FetcherHeaders,
    private readonly body: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  get redirected(): boolean {
    return false;
  }

  private take(): Buffer {
    if (this.used) throw new TypeError('the response body was already read');
    this.used = true;
    return this.body;
  }

  async text(): Promise<string> {
    return this.take().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.take().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.take();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    if (this.used) throw new TypeError('a response whose body was read cannot be cloned');
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/** Response headers, names lower-cased as node:http gives them. */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.map.get(key);
    this.map.set(key, current === undefined ? value : `${current}, ${value}`);
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  values(): IterableIterator<string> {
    return this.map.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

export type KeptAliveFetch = (url: string, init?: FetcherRequestInit) => Promise<FetcherResponse>;

/**
 * A fetch whose connections are kept open between requests and reused most-recently-first, so a
 * burst of questions reuses the few connections that are warm rather than idle ones the server may
 * be closing (idle ones never keep a process alive). A connection that fails rejects with node's
 * error, its `code` (ECONNREFUSED, ECONNRESET) intact; an aborted `signal` rejects with its reason.
 */
export function keptAliveFetch(): KeptAliveFetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
  };
  return (url, init = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        reject(new TypeError(`the hub's services are reached over http(s), not ${target.protocol}`));
        return;
      }
      const body = init.body === undefined ? undefined : typeof init.body === 'string' ? Buffer.from(init.body, 'utf8') : init.body;
      const headers: http.OutgoingHttpHeaders = { ...init.headers };
      if (body !== undefined) headers['content-length'] = body.length;
      const transport = target.protocol === 'https:' ? https : http;
      const request = transport.request(target, { method: init.method ?? 'GET', headers, agent: agents[target.protocol] }, (response) => {
        const pieces: Buffer[] = [];
        response.on('data', (piece: Buffer) => pieces.push(piece));
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve(new BufferedResponse(url, status, response.statusMessage ?? '', new ResponseHeaders(response.headers), Buffer.concat(pieces)));
        });
      });
      request.on('error', reject);
      const signal = init.signal as AbortSignal | undefined;
      if (signal) {
        // Rejected with the reason itself (a TimeoutError from AbortSignal.timeout), whether the answer had begun or not.
        const abort = () => {
          reject(signal.reason);
          request.destroy();
        };
        if (signal.aborted) {
          abort();
          return;
        }
        signal.addEventListener('abort', abort, { once: true });
        request.once('close', () => signal.removeEventListener('abort', abort));
      }
      request.end(body);
    });
}
