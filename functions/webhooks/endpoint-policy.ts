import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may point. A subscriber names any URL, and our servers then POST to it, so an
 * endpoint must not reach what only our side can (server-side request forgery): https only (plain
 * http to localhost, for development), no credentials in the URL, and no private, loopback,
 * link-local or otherwise non-public address — checked on the URL when subscribing and on every
 * address the name resolves to when delivering (delivery.ts connects only to the address it checked).
 * The local runtime allows loopback, where a developer's receiver listens.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) blocked.addSubnet(net, prefix, 'ipv6');
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the server may connect to this IP address. */
export function addressAllowed(address: string, options: { allowLoopback: boolean }): boolean {
  let ip = address;
  let family = isIP(ip);
  if (family === 0) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip); // an IPv4 address written as IPv6
  if (mapped) [ip, family] = [mapped[1]!, 4];
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (loopback.check(ip, type)) return options.allowLoopback;
  return !blocked.check(ip, type);
}

/** What is wrong with a webhook URL, or undefined (subscribe time: the literal URL, no DNS). */
export function endpointProblem(raw: string, options: { allowLoopback: boolean }): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password) return 'must not carry credentials (the signature authenticates us)';
  if (url.hash) return 'must not have a #fragment';
  const local = LOCAL_NAMES.has(url.hostname);
  if (url.protocol === 'http:' && !local) return 'must be https (plain http only to localhost, for development)';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be https';
  if (local && !options.allowLoopback) return 'must be a public address (localhost is for development only)';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !addressAllowed(host, options)) return 'must be a public address, not a private, loopback or link-local one';
  return undefined;
}
