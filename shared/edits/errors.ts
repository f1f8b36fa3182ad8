/**
 * Refusals from the pure edit functions. An edit that cannot be done throws an
 * `EditError` carrying a message (code `edits.*` + params) that says what and where; the
 * document is left as it was (edits never mutate their input), and the UI renders the
 * message in the user's language.
 */
import { MessageError, msg, type Message, type MessageLocation, type MessageParams } from '../i18n/message';

/** Avvist endring: thrown by a pure edit that refuses; the document is unchanged. */
export class EditError extends MessageError {
  constructor(detail: Message) {
    super(detail);
    this.name = 'EditError';
  }
}

/** Creates a refusal with code `edits.<code>` (avvisning). */
export function editError(code: string, params?: MessageParams, where?: MessageLocation): EditError {
  return new EditError(msg(`edits.${code}`, params, where));
}

/** True when `e` is a refused edit. */
export function isEditError(e: unknown): e is EditError {
  return e instanceof EditError;
}
