/**
 * Refusals from the pure edit functions. An edit that cannot be done throws an
 * `EditError` with a Norwegian message that says what and where; the document is left as
 * it was (edits never mutate their input), and the UI shows the message.
 */

/** Machine-readable reason for a refused edit (i18n key `edits.<code>` in the UI). */
export type EditErrorCode =
  | 'notFound'
  | 'invalid'
  | 'planAdopted'
  | 'planExists'
  | 'yearOutsidePeriod'
  | 'periodExcludesPlans'
  | 'hasActions'
  | 'badMoveTarget'
  | 'duplicateNumber'
  | 'unknownReference'
  | 'actorInUse'
  | 'severalOwnLines'
  | 'noUnfinished'
  | 'badStatusChange';

/** Avvist endring: thrown by a pure edit that refuses; the document is unchanged. */
export class EditError extends Error {
  /** Why the edit was refused. */
  readonly code: EditErrorCode;
  /** Values named in the message (for translation). */
  readonly params: Record<string, string | number>;

  constructor(code: EditErrorCode, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'EditError';
    this.code = code;
    this.params = params;
  }
}

/** True when `e` is a refused edit. */
export function isEditError(e: unknown): e is EditError {
  return e instanceof EditError;
}
