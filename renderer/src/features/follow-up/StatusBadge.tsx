/** A follow-up status as colour, symbol and text (never colour alone). */
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '@shared/domain/follow-up';

const SYMBOLS: Record<FollowUpStatus | 'none', string> = {
  notStarted: '○',
  onTrack: '●',
  delayed: '◐',
  stopped: '■',
  done: '✓',
  none: '–',
};

/** Props of StatusBadge. */
export interface StatusBadgeProps {
  status: FollowUpStatus | null;
}

/** The status badge. */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return (
    <span className={`fu-status fu-status-${key}`}>
      <span aria-hidden="true">{SYMBOLS[key]}</span> {t(`followUp.status.${key}`)}
    </span>
  );
}
