/**
 * Where the server may listen without TLS: only on the loopback interface. Anything else
 * carries tokens and plans over the network, so it needs TLS in front (a reverse proxy) and
 * the explicit `--allow-insecure` that says the proxy is there.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** Whether `host` is a loopback address (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIPv4(h)) return h.split('.')[0] === '127';
  if (isIPv6(h)) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}
