/** A section listing named items with an optional description (roller, verdier, …). */

/** One item of the list. */
export interface NamedItem {
  id: string;
  name: string;
  description?: string;
}

/** Props of NamedItemsSection. */
export interface NamedItemsSectionProps {
  id: string;
  heading: string;
  items: readonly NamedItem[];
  emptyText: string;
  /** Numbered list (order matters, e.g. overordnede strategier). */
  isOrdered?: boolean;
}

/** A heading and a list, or a short «none yet». */
export function NamedItemsSection({ id, heading, items, emptyText, isOrdered }: NamedItemsSectionProps) {
  const List = isOrdered ? 'ol' : 'ul';
  return (
    <section className="strategy-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <List className="item-list">
          {items.map((item) => (
            <li key={item.id}>
              {item.description ? (
                <>
                  <strong>{item.name}</strong>
                  <span className="item-description">{item.description}</span>
                </>
              ) : (
                item.name
              )}
            </li>
          ))}
        </List>
      )}
    </section>
  );
}
