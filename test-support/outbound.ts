/**
 * Every outbound connection this process attempts, recorded while a test runs: TCP connects (which
 * carry http, https and fetch) and DNS lookups, by host. For proving that something makes no
 * request it should not (cloud metadata addresses, usage reporting).
 */
import dns from 'node:dns';
import net from 'node:net';

export interface OutboundRecorder {
  /** Hosts and addresses connected to or looked up, in order. */
  readonly hosts: string[];
  stop(): void;
}

function hostOf(args: unknown[]): string | null {
  const [first, second] = args;
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string; port?: number };
    if (options.path) return null;
    return options.host ?? 'localhost';
  }
  if (typeof first === 'number') return typeof second === 'string' ? second : 'localhost';
  return null;
}

export function recordOutbound(): OutboundRecorder {
  const hosts: string[] = [];
  const connect = net.Socket.prototype.connect;
  const lookup = dns.lookup;
  const promisesLookup = dns.promises.lookup;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const host = hostOf(Array.isArray(args[0]) ? (args[0] as unknown[]) : args);
    if (host) hosts.push(host);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  dns.lookup = function (this: unknown, hostname: string, ...rest: unknown[]) {
    hosts.push(hostname);
    return (lookup as (...a: unknown[]) => unknown).call(this, hostname, ...rest);
  } as typeof dns.lookup;
  dns.promises.lookup = function (this: unknown, hostname: string, ...rest: unknown[]) {
    hosts.push(hostname);
    return (promisesLookup as (...a: unknown[]) => unknown).call(this, hostname, ...rest);
  } as typeof dns.promises.lookup;
  return {
    hosts,
    stop() {
      net.Socket.prototype.connect = connect;
      dns.lookup = lookup;
      dns.promises.lookup = promisesLookup;
    },
  };
}

/** Addresses a cloud VM's metadata service answers on, and the names that lead to them. */
export const CLOUD_METADATA_HOSTS = ['169.254.169.254', '169.254.170.2', 'metadata.google.internal', 'metadata.google.internal.', '100.100.100.200', 'fd00:ec2::254'];
