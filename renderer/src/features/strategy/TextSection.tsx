/** A section with a heading and one text (visjon, formål, …), or a short «none yet». */
import type { ReactNode } from 'react';

/** Props of TextSection. */
export interface TextSectionProps {
  id: string;
  heading: string;
  text: string;
  emptyText: string;
  children?: ReactNode;
}

/** One text section of the strategy. */
export function TextSection({ id, heading, text, emptyText }: TextSectionProps) {
  return (
    <section className="strategy-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {text.trim() ? <p className="prose">{text}</p> : <p className="empty">{emptyText}</p>}
    </section>
  );
}
