/**
 * The app's one error text: a role=alert paragraph (read out as soon as it appears), in
 * the danger colour. Renders nothing without text. Give it the `id` a field names in its
 * aria-describedby so the error is tied to that field.
 */
import type { ReactNode } from 'react';

/** Props of ErrorText. */
export interface ErrorTextProps {
  /** The error; null, undefined or '' renders nothing. */
  children?: ReactNode;
  /** For aria-describedby on the field the error belongs to. */
  id?: string;
  /** Replaces the default `pl-error` styling (e.g. the grid's floating cell error). */
  className?: string;
  /** A span instead of a paragraph, where the error sits inside phrasing content. */
  isInline?: boolean;
}

/** An error message. */
export function ErrorText({ children, id, className = 'pl-error', isInline }: ErrorTextProps) {
  if (children === null || children === undefined || children === false || children === '') return null;
  const Tag = isInline ? 'span' : 'p';
  return (
    <Tag id={id} role="alert" className={className}>
      {children}
    </Tag>
  );
}
