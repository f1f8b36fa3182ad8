/** Choices the plan screens offer, in display order. */
import { actionStatusSchema, fundingSourceSchema, fundingStatusSchema } from '@shared/domain';
import type { ActionStatus, FundingSource, FundingStatus, Priority } from '@shared/domain';

/** Prioriteter: 1 må, 2 bør, 3 kan. */
export const PRIORITIES_UI: readonly Priority[] = [1, 2, 3];
/** Tiltaksstatuser. */
export const ACTION_STATUSES_UI: readonly ActionStatus[] = actionStatusSchema.options;
/** Finansieringskilder. */
export const FUNDING_SOURCES_UI: readonly FundingSource[] = fundingSourceSchema.options;
/** Finansieringsstatuser. */
export const FUNDING_STATUSES_UI: readonly FundingStatus[] = fundingStatusSchema.options;
