/** One group of compared tiltak (added, removed or changed), with its count. */
import type { ComparedAction } from '@shared/backup';

/** The tiltak of one group; nothing when the group is empty. */
export function ComparedActionList({ heading, actions }: { heading: string; actions: ComparedAction[] }) {
  if (actions.length === 0) return null;
  return (
    <section>
      <h3>
        {heading} ({actions.length})
      </h3>
      <ul>
        {actions.map((a) => (
          <li key={a.id}>
            {a.number} {a.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
