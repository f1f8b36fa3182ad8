/**
 * The command line's exit codes and its refusal: a text key (`cli.<key>`) with values,
 * rendered in the chosen language at the end by runCli.
 */
import type { Message, MessageParams } from '@shared/i18n/message';

/** Exit codes. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** A refusal: the text key (`cli.<key>`) and values, rendered in the chosen language at the end. */
export class CliError extends Error {
  constructor(
    readonly code: number,
    readonly key: string,
    readonly params: MessageParams = {},
    readonly details: (Message | string)[] = [],
  ) {
    super(key);
  }
}

/** Wrong use of the command line (exit 2). */
export const usage = (key: string, params?: MessageParams) => new CliError(EXIT.usage, key, params);
/** A refused file or request (exit 1). */
export const refused = (key: string, params?: MessageParams, details: (Message | string)[] = []) =>
  new CliError(EXIT.refused, key, params, details);
