/**
 * The planning domain (PRODUCT.md §3) as zod schemas with inferred types. English code
 * names from the glossary; the Norwegian term is in each JSDoc. Money is whole kroner,
 * dates are calendar dates, ids are stable.
 */
import { z } from 'zod';
import { kronerSchema } from '../money/kroner';
import { isoDateSchema } from './dates';
import { followUpSchema } from './follow-up';
import { idSchema } from './ids';

const text = (max: number) => z.string().max(max);
const name = (max = 300) => text(max).trim().min(1);

/** Kategori i 5-faktormodellen: offentlig myndighet, gründermiljø, forskning og utdanning, næringsliv, kapital. */
export const actorCategorySchema = z.enum(['public', 'entrepreneur', 'research', 'business', 'capital']);
/** Aktørkategori (5-faktormodellen). */
export type ActorCategory = z.infer<typeof actorCategorySchema>;
/** All actor categories in the order the Østfold platform lists them. */
export const ACTOR_CATEGORIES: readonly ActorCategory[] = actorCategorySchema.options;

/** Aktør / samarbeidspartner. */
export const actorSchema = z.object({
  id: idSchema,
  name: name(),
  category: actorCategorySchema,
});
/** Aktør / samarbeidspartner. */
export type Actor = z.infer<typeof actorSchema>;

/** Overordnet strategi («ved å …»): how the organisation gets there. */
export const guidingStrategySchema = z.object({ id: idSchema, text: name(1000) });
/** Overordnet strategi. */
export type GuidingStrategy = z.infer<typeof guidingStrategySchema>;

/** Utfordring som krever handling. */
export const challengeSchema = z.object({ id: idSchema, text: name(2000) });
/** Utfordring. */
export type Challenge = z.infer<typeof challengeSchema>;

/** Rolle i det strategiske fundamentet (kobler, katalysator, initiativtaker). */
export const roleSchema = z.object({ id: idSchema, name: name(), description: text(4000) });
/** Rolle. */
export type Role = z.infer<typeof roleSchema>;

/** Verdi i det strategiske fundamentet. */
export const valueSchema = z.object({ id: idSchema, name: name(), description: text(4000) });
/** Verdi. */
export type Value = z.infer<typeof valueSchema>;

/** Delmål under et innsatsområde. */
export const subGoalSchema = z.object({ id: idSchema, text: name(2000) });
/** Delmål. */
export type SubGoal = z.infer<typeof subGoalSchema>;

/** Type fokusområde: innsatsområde (`priority`) eller støtteområde (`support`). */
export const focusAreaKindSchema = z.enum(['priority', 'support']);
/** Innsatsområde eller støtteområde. */
export type FocusAreaKind = z.infer<typeof focusAreaKindSchema>;

/** Innsatsområde / støtteområde, with its delmål. */
export const focusAreaSchema = z.object({
  id: idSchema,
  kind: focusAreaKindSchema,
  name: name(),
  description: text(4000),
  subGoals: z.array(subGoalSchema).max(200),
});
/** Innsatsområde / støtteområde. */
export type FocusArea = z.infer<typeof focusAreaSchema>;

/** Satsing: the operational line under one innsatsområde; tiltak hang here. */
export const initiativeSchema = z.object({
  id: idSchema,
  focusAreaId: idSchema,
  name: name(),
  description: text(4000),
  /** Overordnede strategier satsingen tjener. */
  guidingStrategyIds: z.array(idSchema).max(200),
});
/** Satsing. */
export type Initiative = z.infer<typeof initiativeSchema>;

/** Tverrgående prosjekt: spans several innsatsområder. */
export const crossCuttingProjectSchema = z.object({
  id: idSchema,
  name: name(),
  description: text(4000),
  focusAreaIds: z.array(idSchema).max(200),
});
/** Tverrgående prosjekt. */
export type CrossCuttingProject = z.infer<typeof crossCuttingProjectSchema>;

/** Samarbeidsregion (e.g. Follo, Värmland). */
export const partnerRegionSchema = z.object({ id: idSchema, name: name() });
/** Samarbeidsregion. */
export type PartnerRegion = z.infer<typeof partnerRegionSchema>;

/** Strategiske føringer: the multi-year strategy document. */
export const strategySchema = z
  .object({
    id: idSchema,
    /** Navn på føringene, e.g. «Strategiske føringer 2025–2028». */
    name: name(),
    /** Organisasjon. */
    organisation: name(),
    /** Periode fra år. */
    periodFrom: z.number().int().min(2000).max(2100),
    /** Periode til år (inclusive). */
    periodTo: z.number().int().min(2000).max(2100),
    /** Visjon. */
    vision: text(2000),
    /** Overordnet mål. */
    overallGoal: text(4000),
    /** Formål. */
    purpose: text(4000),
    /** Oppdrag. */
    mission: text(4000),
    /** Roller. */
    roles: z.array(roleSchema).max(100),
    /** Verdier. */
    values: z.array(valueSchema).max(100),
    /** Utfordringer. */
    challenges: z.array(challengeSchema).max(200),
    /** Overordnede strategier. */
    guidingStrategies: z.array(guidingStrategySchema).max(200),
    /** Innsatsområder og støtteområder. */
    focusAreas: z.array(focusAreaSchema).max(100),
    /** Satsinger. */
    initiatives: z.array(initiativeSchema).max(1000),
    /** Tverrgående prosjekter. */
    crossCuttingProjects: z.array(crossCuttingProjectSchema).max(200),
    /** Aktørregister. */
    actors: z.array(actorSchema).max(5000),
    /** Samarbeidsregioner. */
    partnerRegions: z.array(partnerRegionSchema).max(200),
    /** Målhierarki / notes on structure (free text). */
    notes: text(20000),
    /** Template this strategy was created from, if any. */
    templateId: z.string().max(64).nullable(),
  })
  .refine((s) => s.periodTo >= s.periodFrom, { error: 'validation.periodEndsBeforeStart', path: ['periodTo'] });
/** Strategiske føringer. */
export type Strategy = z.infer<typeof strategySchema>;

/** Finansieringskilde: egne midler, partnerfinansiering, eksterne midler / tilskudd. */
export const fundingSourceSchema = z.enum(['own', 'partner', 'external']);
/** Finansieringskilde. */
export type FundingSource = z.infer<typeof fundingSourceSchema>;

/** Finansieringsstatus: bekreftet, søkt, planlagt. */
export const fundingStatusSchema = z.enum(['confirmed', 'applied', 'planned']);
/** Finansieringsstatus. */
export type FundingStatus = z.infer<typeof fundingStatusSchema>;

/** Finansieringslinje på et tiltak. */
export const fundingLineSchema = z.object({
  id: idSchema,
  source: fundingSourceSchema,
  /** Aktør som finansierer (partner/external); null for own funds or unknown. */
  actorId: idSchema.nullable(),
  amount: kronerSchema,
  status: fundingStatusSchema,
});
/** Finansieringslinje. */
export type FundingLine = z.infer<typeof fundingLineSchema>;

/** KPI / resultatmål. */
export const kpiSchema = z.object({
  id: idSchema,
  /** Indikator. */
  indicator: name(500),
  /** Målverdi. */
  target: z.number().finite().nullable(),
  /** Enhet. */
  unit: text(100),
});
/** KPI / resultatmål. */
export type Kpi = z.infer<typeof kpiSchema>;

/** Prioritet: 1 = må, 2 = bør, 3 = kan. */
export const prioritySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/** Prioritet. */
export type Priority = z.infer<typeof prioritySchema>;

/** Tiltaksstatus: planlagt, pågår, fullført, utsatt, avlyst. */
export const actionStatusSchema = z.enum(['planned', 'ongoing', 'done', 'postponed', 'cancelled']);
/** Tiltaksstatus. */
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** Statuses that count as active for the frame check (not utsatt / avlyst). */
export const ACTIVE_STATUSES: readonly ActionStatus[] = ['planned', 'ongoing', 'done'];
/** Statuses that are unfinished and come along when a plan is carried over. */
export const UNFINISHED_STATUSES: readonly ActionStatus[] = ['planned', 'ongoing', 'postponed'];

/** Tiltak: what will be done, with ansvar, partnere, finansiering, frist and KPI. */
export const actionSchema = z.object({
  id: idSchema,
  /** Handlingsplanen tiltaket hører til. */
  planId: idSchema,
  /** Nr (human number, unique within the plan, e.g. «1.2» or «17»). */
  number: z.string().trim().min(1).max(20),
  /** Tittel. */
  title: name(500),
  /** Beskrivelse. */
  description: text(10000),
  /** Satsinger tiltaket hører under. */
  initiativeIds: z.array(idSchema).max(100),
  /** Delmål tiltaket hører direkte under (for føringer with delmål but no satsinger). */
  subGoalIds: z.array(idSchema).max(100),
  /** Innsatsområder / støtteområder tiltaket hører direkte under (for føringer without satsinger, e.g. Østfold). */
  focusAreaIds: z.array(idSchema).max(100),
  /** Tverrgående prosjekt (instead of or besides satsinger). */
  crossCuttingProjectId: idSchema.nullable(),
  /** Overordnede strategier tiltaket tjener. */
  guidingStrategyIds: z.array(idSchema).max(100),
  /** Ansvarlig (person or organisation). */
  owner: text(300),
  /** Samarbeidspartnere (actor ids). */
  partnerIds: z.array(idSchema).max(500),
  /** Kostnad i hele kroner. */
  cost: kronerSchema,
  /** Finansiering. */
  funding: z.array(fundingLineSchema).max(200),
  /** Timeverk. */
  hours: z.number().int().min(0).max(1_000_000),
  /** Start. */
  start: isoDateSchema.nullable(),
  /** Frist / gjennomføringsdato. */
  deadline: isoDateSchema.nullable(),
  /** KPI-er. */
  kpis: z.array(kpiSchema).max(100),
  priority: prioritySchema,
  status: actionStatusSchema,
  /** Notater. */
  notes: text(10000),
  /** Id of the same tiltak in the previous year's plan, when carried over. */
  carriedFromId: idSchema.nullable(),
  /** Shared by every year's copy of one tiltak: its history. */
  lineageId: idSchema,
});
/** Tiltak. */
export type Action = z.infer<typeof actionSchema>;

/** Status for handlingsplanen: utkast, til behandling, vedtatt. */
export const planStatusSchema = z.enum(['draft', 'review', 'adopted']);
/** Planstatus. */
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** Økonomiske rammer for et år. */
export const budgetFrameSchema = z.object({
  /** Egne midler (kroner). */
  ownFunds: kronerSchema,
  /** Kapasitet i timer. */
  capacityHours: z.number().int().min(0).max(10_000_000),
  /** Optional target share (percent 0–100) per focus area id. */
  targetShares: z.record(idSchema, z.number().min(0).max(100)),
});
/** Økonomiske rammer. */
export type BudgetFrame = z.infer<typeof budgetFrameSchema>;

/** A scenario's change to one tiltak, stored as a difference against the basis. */
export const scenarioActionChangeSchema = z.object({
  actionId: idSchema,
  /** Ta med / utelat. */
  excluded: z.boolean().optional(),
  /** Utsett til neste år. */
  postponed: z.boolean().optional(),
  /** Changed cost. */
  cost: kronerSchema.optional(),
  /** Changed funding lines (replaces the basis' lines). */
  funding: z.array(fundingLineSchema).max(200).optional(),
  /** Changed status, e.g. ta med a tiltak that is utsatt in the basis, or restore one (optional, added in scenarios). */
  status: actionStatusSchema.optional(),
  /** The basis' values when the change was made, to detect conflicts. */
  basisCost: kronerSchema.optional(),
  basisFunding: z.array(fundingLineSchema).max(200).optional(),
  basisStatus: actionStatusSchema.optional(),
  /** The tiltak's «Nr» and tittel when the change was made, to name it if it is later deleted. */
  basisNumber: z.string().max(20).optional(),
  basisTitle: text(500).optional(),
});
/** Endring i et scenario. */
export type ScenarioActionChange = z.infer<typeof scenarioActionChangeSchema>;

/** Scenario: a named variant of a year's plan, stored as differences against the basis. */
export const scenarioSchema = z.object({
  id: idSchema,
  name: name(200),
  description: text(4000),
  /** Changed frame (null = as in the basis). */
  frame: budgetFrameSchema.nullable(),
  /** The basis' frame when `frame` was set, to detect conflicts (optional). */
  basisFrame: budgetFrameSchema.nullable().optional(),
  changes: z.array(scenarioActionChangeSchema).max(100_000),
  /** Extra tiltak that exist only in this variant. */
  addedActions: z.array(actionSchema).max(100_000),
  createdAt: z.string().max(40),
});
/** Scenario. */
export type Scenario = z.infer<typeof scenarioSchema>;

/** Most scenarios one plan may hold (scenarioer per handlingsplan). */
export const MAX_SCENARIOS = 100;

/** Handlingsplan: one year inside the strategy period. */
export const actionPlanSchema = z.object({
  id: idSchema,
  strategyId: idSchema,
  year: z.number().int().min(2000).max(2100),
  status: planStatusSchema,
  /** Vedtatt dato. */
  adoptedDate: isoDateSchema.nullable(),
  frame: budgetFrameSchema,
  scenarios: z.array(scenarioSchema).max(MAX_SCENARIOS),
  /** Oppfølging: reporting periods, status updates and closed periods (plan-file v3; see ./follow-up.ts). */
  followUp: followUpSchema,
});
/** Handlingsplan. */
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** Severity of a finding from the kontroll. */
export type Severity = 'error' | 'warning' | 'info';

/** What a finding concerns, so the UI can link to where to fix it. */
export type FindingEntity =
  | { kind: 'plan'; id: string }
  | { kind: 'action'; id: string; number: string }
  | { kind: 'initiative'; id: string }
  | { kind: 'focusArea'; id: string }
  | { kind: 'guidingStrategy'; id: string };

/** Funn fra kontrollen. */
export interface Finding {
  severity: Severity;
  code: string;
  /** Norwegian message that names the entity and says why. */
  message: string;
  entity: FindingEntity;
  /** Amount in kroner (or hours) the finding is about, when there is one. */
  amount?: number;
  /** Values for the message, so the UI can render it in another language (i18n key `finding.<code>`). */
  params: Record<string, string | number>;
}
