/** Initials of colleagues (on a tiltak row, in the detail panel, in the header). */
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from './team-session';

/** Props of PresenceBadges. */
export interface PresenceBadgesProps {
  people: readonly PresenceEntry[];
  /** Says «… arbeider med dette tiltaket» instead of just the name. */
  isOnAction?: boolean;
}

/** The badges; nothing when nobody is there. */
export function PresenceBadges({ people, isOnAction }: PresenceBadgesProps) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <span className="presence-badges" aria-label={isOnAction ? undefined : t('sync.presence.others', { count: people.length })}>
      {people.map((p) => {
        const label = isOnAction ? t('sync.presence.editing', { name: p.name }) : t('sync.presence.person', { name: p.name });
        return (
          <span key={p.clientId} className="presence-badge" style={{ backgroundColor: p.color }} title={label} aria-label={label} role="img">
            {p.initials}
          </span>
        );
      })}
    </span>
  );
}
