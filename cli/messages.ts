/**
 * The command line's texts come from the catalogue (`cli.*` in shared/i18n/cli.ts), in
 * bokmål unless `--lang en`; messages from shared/ (refused plan files, findings) are
 * rendered from their codes in the same language.
 */
import { msg, renderLocation, renderMessage, type Message, type MessageLanguage, type MessageParams } from '@shared/i18n/message';

/** Languages the CLI speaks (default nb). */
export const CLI_LANGUAGES: readonly MessageLanguage[] = ['nb', 'en'];

/** A CLI text by key (`cli.<key>`) with its values filled in. */
export type CliTexts = (key: string, params?: MessageParams) => string;

/** The CLI's texts in a language. */
export function cliTexts(language: MessageLanguage): CliTexts {
  return (key, params = {}) => renderMessage(msg(`cli.${key}`, params), language);
}

/**
 * One refused plan file's message as a line: where (the path in the file, or line and
 * column for a syntax error), then what.
 */
export function planFileLine(error: Message, language: MessageLanguage): string {
  const where = error.where;
  const location =
    where?.path ?? (where?.line !== undefined ? renderLocation({ line: where.line, col: where.col }, language) : '');
  const text = renderMessage(error, language);
  return location ? `  ${location}: ${text}` : `  ${text}`;
}
