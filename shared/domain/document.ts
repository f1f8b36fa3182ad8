/**
 * A plan document: one strategy with its yearly plans and their tiltak — the unit that
 * the plan file saves, Dexie stores, the CLI checks and the Excel workbook exports.
 */
import { z } from 'zod';
import { actionPlanSchema, actionSchema, strategySchema } from './entities';
import { documentLimitMessage } from './limits';

/** `format` marker written in every plan file. */
export const PLAN_FILE_FORMAT = 'handlingsrom-plan';
/** Current plan-file version; older versions are migrated on open. */
export const PLAN_FILE_VERSION = 3;

/** Strategi med handlingsplaner og tiltak. */
export const planDocumentSchema = z
  .object({
    strategy: strategySchema,
    plans: z.array(actionPlanSchema).max(100),
    actions: z.array(actionSchema).max(200_000),
  })
  .superRefine((doc, ctx) => {
    // Every sum the app forms must stay exact (shared/domain/limits.ts).
    const tooLarge = documentLimitMessage(doc);
    if (tooLarge) ctx.addIssue({ code: 'custom', message: tooLarge.code, params: { message: tooLarge } });
  });
/** Strategi med handlingsplaner og tiltak. */
export type PlanDocument = z.infer<typeof planDocumentSchema>;
