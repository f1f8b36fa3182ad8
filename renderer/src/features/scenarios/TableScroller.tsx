/**
 * A wide table's horizontal scroll area. It can take focus, so keyboard users can scroll
 * it with the arrow keys, and it is named after its table.
 */
import type { ReactNode } from 'react';

/** Props of TableScroller. */
export interface TableScrollerProps {
  /** Name of the scroll area (the table's caption). */
  label: string;
  children: ReactNode;
}

/** The scroll area. */
export function TableScroller({ label, children }: TableScrollerProps) {
  return (
    <div className="sc-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
