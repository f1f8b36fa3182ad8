/**
 * Stable ids. An id never changes once created; it is what plan files, Dexie rows and
 * Excel round trips (besides the human «Nr») key on.
 */
import { z } from 'zod';

declare const crypto: { randomUUID(): string };

/** Id schema: 1–64 characters of [A-Za-z0-9_-]. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'validation.badId' });

/** Creates a new random id with a readable prefix, e.g. `act_3f2a…`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}
