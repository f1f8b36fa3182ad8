/** Chart colours of the follow-up statuses (the text always goes with them). */
import type { FollowUpStatus } from '@shared/domain/follow-up';
import { CHART_COLORS } from '../../charts/palette';

/** Colour per status, and `none` for tiltak without an update. */
export const STATUS_COLORS: Record<FollowUpStatus | 'none', string> = {
  notStarted: CHART_COLORS.frame,
  onTrack: CHART_COLORS.partner,
  delayed: CHART_COLORS.hours,
  stopped: CHART_COLORS.uncovered,
  done: CHART_COLORS.own,
  none: '#b8bcc4',
};
