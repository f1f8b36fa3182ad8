/**
 * `--redis URL`: several server instances behind one load balancer share their updates
 * and presence through Redis (@hocuspocus/extension-redis). The URL
 * (`redis://[user:password@]host[:port][/db]`, `rediss://` for TLS) becomes the
 * extension's host, port and ioredis options.
 */
import { Redis } from '@hocuspocus/extension-redis';

/** The Redis connection settings from a URL; throws on anything but redis:// or rediss://. */
export function redisConfigFromUrl(url: string): { host: string; port: number; options: { username?: string; password?: string; db?: number; tls?: object } } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`not a redis URL: ${parsed.protocol}`);
  const options: { username?: string; password?: string; db?: number; tls?: object } = {};
  if (parsed.username !== '') options.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') options.password = decodeURIComponent(parsed.password);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '') {
    if (!/^\d+$/.test(db)) throw new Error(`not a redis database number: ${db}`);
    options.db = Number(db);
  }
  if (parsed.protocol === 'rediss:') options.tls = {};
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port === '' ? 6379 : Number(parsed.port), options };
}

/** The Redis extension for a URL. */
export function redisExtension(url: string): Redis {
  return new Redis(redisConfigFromUrl(url));
}
