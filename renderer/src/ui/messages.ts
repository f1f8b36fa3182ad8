/**
 * Renders shared/'s messages (code + params + where) through i18next, in the language the
 * user chose. Nested messages in params are rendered first; a location is put in front.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isMessageError, type Message, type MessageParams } from '@shared/i18n/message';

function renderParams(t: TFunction, params: MessageParams | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = typeof value === 'object' ? renderMessageWith(t, value) : value;
  }
  return out;
}

function renderLocationWith(t: TFunction, message: Message): string {
  const where = message.where;
  if (!where) return '';
  const parts: string[] = [];
  if (where.sheet !== undefined) parts.push(t('message.where.sheet', { sheet: where.sheet }));
  if (where.row !== undefined) parts.push(t('message.where.row', { row: where.row }));
  if (where.column !== undefined) parts.push(t('message.where.column', { column: where.column }));
  if (where.line !== undefined) {
    parts.push(where.col !== undefined ? t('message.where.lineCol', { line: where.line, col: where.col }) : t('message.where.line', { line: where.line }));
  }
  if (where.path !== undefined) parts.push(t('message.where.path', { path: where.path }));
  if (where.field !== undefined) parts.push(t('message.where.field', { field: t(where.field) }));
  return parts.join(', ');
}

/** Renders a message with a given `t` (outside React, e.g. in a store callback). */
export function renderMessageWith(t: TFunction, message: Message, withLocation = false): string {
  const text = t(message.code, renderParams(t, message.params));
  if (!withLocation) return text;
  const where = renderLocationWith(t, message);
  return where ? `${where}: ${text}` : text;
}

/**
 * A function that turns a message — or anything thrown that carries one — into text in the
 * chosen language. An error without a message (a bug) becomes the generic
 * `common.unexpectedError`, never a JavaScript error text.
 */
export function useRenderMessage(): (message: Message | unknown, withLocation?: boolean) => string {
  const { t } = useTranslation();
  return useCallback(
    (message: Message | unknown, withLocation = false) => {
      if (isMessageError(message)) return renderMessageWith(t, message.detail, withLocation);
      if (typeof message === 'object' && message !== null && typeof (message as Message).code === 'string') {
        return renderMessageWith(t, message as Message, withLocation);
      }
      return t('common.unexpectedError');
    },
    [t],
  );
}
