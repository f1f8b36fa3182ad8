/**
 * The example plan («Eksempel – oppdiktede data»): the Osloregionen template's structure
 * filled with INVENTED satsinger, actors and tiltak so a new user can see every screen
 * with data in it. Deterministic (no randomness, no clock).
 *
 * It is built so the kontroll has something to say: own funds of the active tiltak are
 * 2 150 000 kr against a frame of 2 000 000 kr; two tiltak lack an ansvarlig, one a KPI,
 * one a frist; one tiltak is not fully financed (udekket 100 000 kr); one partner
 * financing line comes from an actor not in the tiltak's partner list; one satsing
 * («Natur og arealbruk») has no tiltak; and Samferdsel's share of the cost is well under
 * its target share. Its oppfølging (T1 and T2 2025, also invented) is in example-follow-up.ts.
 */
import type { PlanDocument } from '../domain/document';
import { emptyFollowUp } from '../domain/follow-up';
import type {
  Action,
  ActionPlan,
  ActionStatus,
  Actor,
  FundingSource,
  FundingStatus,
  Initiative,
  Priority,
  Strategy,
} from '../domain/entities';
import { exampleFollowUp } from './example-follow-up';
import { OSL_FOCUS_AREA_IDS, OSL_GUIDING_STRATEGY_IDS, OSL_INITIATIVE_GREEN_ID, osloregionenStrategy } from './osloregionen';

/** Strategy id of the example document. */
export const EXAMPLE_STRATEGY_ID = 'ex_strategy';
/** Id of the example's handlingsplan for 2025. */
export const EXAMPLE_PLAN_ID = 'ex_plan_2025';

const ACTORS = {
  county: { name: 'Eksempel fylkeskommune', category: 'public' },
  north: { name: 'Nordby kommune', category: 'public' },
  south: { name: 'Sørby kommune', category: 'public' },
  founders: { name: 'Gründerhuset Eksempel', category: 'entrepreneur' },
  incubator: { name: 'Inkubator Vest (oppdiktet)', category: 'entrepreneur' },
  university: { name: 'Eksempeluniversitetet', category: 'research' },
  institute: { name: 'Regionalt forskningsinstitutt (oppdiktet)', category: 'research' },
  businessAssoc: { name: 'Næringsforeningen i Eksempelregionen', category: 'business' },
  power: { name: 'Kraftselskapet Eksempel AS', category: 'business' },
  logistics: { name: 'Logistikkparken Eksempel AS', category: 'business' },
  fund: { name: 'Regionalt investeringsfond (oppdiktet)', category: 'capital' },
  bank: { name: 'Eksempelbanken', category: 'capital' },
} as const satisfies Record<string, Omit<Actor, 'id'>>;
type ActorKey = keyof typeof ACTORS;

const actorId = (key: ActorKey): string => `ex_akt_${key}`;

const fa = OSL_FOCUS_AREA_IDS;
const gs = OSL_GUIDING_STRATEGY_IDS;

/** Invented satsinger, besides the document's own «Grønn innovasjon og kraft». */
const INVENTED_INITIATIVES = {
  digital: {
    id: 'ex_sat_digital',
    focusAreaId: fa.business,
    name: 'Digitalisering og KI i næringslivet',
    description: 'Oppdiktet satsing: små og mellomstore bedrifter tar i bruk data og KI.',
    strategies: [gs.sustainable, gs.knowledge],
  },
  skills: {
    id: 'ex_sat_kompetanse',
    focusAreaId: fa.business,
    name: 'Kompetanse for næringslivet',
    description: 'Oppdiktet satsing: god tilgang på kompetanse for regionens bedrifter.',
    strategies: [gs.knowledge, gs.alliances],
  },
  polycentric: {
    id: 'ex_sat_flerkjernet',
    focusAreaId: fa.urban,
    name: 'Flerkjernet utvikling',
    description: 'Oppdiktet satsing: felles kunnskapsgrunnlag og samordnet planlegging.',
    strategies: [gs.influence, gs.identity],
  },
  towns: {
    id: 'ex_sat_attraktive_byer',
    focusAreaId: fa.urban,
    name: 'Attraktive byer og tettsteder',
    description: 'Oppdiktet satsing: erfaringsdeling om stedsutvikling.',
    strategies: [gs.alliances],
  },
  lowEmission: {
    id: 'ex_sat_lavutslipp',
    focusAreaId: fa.climate,
    name: 'Lavutslippssamfunnet mot 2050',
    description: 'Oppdiktet satsing: kutt i utslipp i kommuner og næringsliv.',
    strategies: [gs.sustainable],
  },
  adaptation: {
    id: 'ex_sat_klimatilpasning',
    focusAreaId: fa.climate,
    name: 'Klimatilpasning',
    description: 'Oppdiktet satsing: felles håndtering av overvann og ekstremvær.',
    strategies: [gs.knowledge, gs.alliances],
  },
  nature: {
    id: 'ex_sat_natur',
    focusAreaId: fa.climate,
    name: 'Natur og arealbruk',
    description: 'Oppdiktet satsing uten tiltak i 2025 – kontrollen skal melde den som udekket.',
    strategies: [gs.sustainable],
  },
  transit: {
    id: 'ex_sat_kollektiv',
    focusAreaId: fa.transport,
    name: 'Regional kollektivtransport',
    description: 'Oppdiktet satsing: bedre kollektivtilbud på tvers av kommunegrenser.',
    strategies: [gs.influence],
  },
  freight: {
    id: 'ex_sat_gods',
    focusAreaId: fa.transport,
    name: 'Godstransport og logistikk',
    description: 'Oppdiktet satsing: effektiv og utslippsfri godstransport.',
    strategies: [gs.sustainable, gs.alliances],
  },
} as const;
type InitiativeKey = 'green' | keyof typeof INVENTED_INITIATIVES;

const initiativeId = (key: InitiativeKey): string =>
  key === 'green' ? OSL_INITIATIVE_GREEN_ID : INVENTED_INITIATIVES[key].id;

/** Id of the example's invented tverrgående prosjekt. */
export const EXAMPLE_CROSS_CUTTING_ID = 'ex_tvp_energiomstilling';

type FundingSpec = readonly [FundingSource, ActorKey | null, number, FundingStatus];

interface ActionSpec {
  title: string;
  description: string;
  initiatives: readonly InitiativeKey[];
  isCrossCutting?: boolean;
  strategies: readonly string[];
  owner: string;
  partners: readonly ActorKey[];
  funding: readonly FundingSpec[];
  /** Kostnad; when absent, the sum of the funding lines (fully financed). */
  cost?: number;
  hours: number;
  start: string | null;
  deadline: string | null;
  kpi: readonly [indicator: string, target: number, unit: string] | null;
  priority: Priority;
  status: ActionStatus;
}

const SECRETARIAT = 'Sekretariatet';

const ACTIONS: readonly ActionSpec[] = [
  {
    title: 'Kartlegging av kraftbehov i regionen',
    description: 'Oppdiktet: felles kartlegging av framtidig kraftbehov i næringsområdene.',
    initiatives: ['green'], strategies: [gs.sustainable, gs.knowledge],
    owner: SECRETARIAT, partners: ['power', 'university'],
    funding: [['own', null, 150_000, 'confirmed'], ['partner', 'power', 100_000, 'confirmed'], ['external', 'county', 100_000, 'applied']],
    hours: 220, start: '2025-01-15', deadline: '2025-06-30', kpi: ['Rapport levert', 1, 'stk'], priority: 1, status: 'ongoing',
  },
  {
    title: 'Nettverk for grønn industri',
    description: 'Oppdiktet: fire nettverkssamlinger for bedrifter i grønn omstilling.',
    initiatives: ['green'], strategies: [gs.alliances],
    owner: SECRETARIAT, partners: ['businessAssoc', 'founders'],
    funding: [['own', null, 100_000, 'confirmed'], ['partner', 'businessAssoc', 80_000, 'planned']],
    hours: 160, start: '2025-02-01', deadline: '2025-11-30', kpi: ['Nettverkssamlinger', 4, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Pilot: overskuddsvarme i næringsparker',
    description: 'Oppdiktet: forprosjekt for å utnytte overskuddsvarme. Ikke fullfinansiert.',
    initiatives: ['green'], isCrossCutting: true, strategies: [gs.sustainable],
    owner: 'Kraftselskapet Eksempel AS', partners: ['power', 'fund'],
    funding: [['own', null, 100_000, 'planned'], ['partner', 'power', 200_000, 'confirmed'], ['external', 'fund', 200_000, 'applied']],
    cost: 600_000,
    hours: 120, start: '2025-03-01', deadline: '2025-12-15', kpi: ['Bedrifter med i piloten', 5, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'KI-verksted for små bedrifter',
    description: 'Oppdiktet: praktiske verksteder om bruk av KI.',
    initiatives: ['digital'], strategies: [gs.knowledge],
    owner: SECRETARIAT, partners: ['university', 'founders'],
    funding: [['own', null, 90_000, 'confirmed'], ['partner', 'university', 60_000, 'confirmed']],
    hours: 140, start: '2025-02-15', deadline: '2025-05-31', kpi: ['Deltakende bedrifter', 40, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Felles datadelingsplattform for kommunene',
    description: 'Oppdiktet: utredning av en felles plattform. Ansvarlig er ikke avklart.',
    initiatives: ['digital'], strategies: [gs.alliances],
    owner: '', partners: ['county', 'north', 'south'],
    funding: [['own', null, 80_000, 'planned'], ['external', 'county', 320_000, 'applied']],
    hours: 100, start: '2025-04-01', deadline: '2025-12-31', kpi: ['Kommuner som deltar', 10, 'stk'], priority: 3, status: 'planned',
  },
  {
    title: 'Kompetanseløft for næringslivet',
    description: 'Oppdiktet: korte etter- og videreutdanningstilbud.',
    initiatives: ['skills'], strategies: [gs.knowledge],
    owner: 'Eksempeluniversitetet', partners: ['university', 'businessAssoc'],
    funding: [['own', null, 100_000, 'confirmed'], ['partner', 'university', 150_000, 'confirmed']],
    hours: 80, start: '2025-01-01', deadline: '2025-12-31', kpi: ['Studieplasser', 120, 'stk'], priority: 2, status: 'ongoing',
  },
  {
    title: 'Traineeprogram for regionale bedrifter',
    description: 'Oppdiktet: utsatt til 2026 fordi partnerfinansieringen ikke er på plass.',
    initiatives: ['skills'], strategies: [gs.knowledge, gs.identity],
    owner: 'Næringsforeningen i Eksempelregionen', partners: ['businessAssoc'],
    funding: [['own', null, 100_000, 'confirmed'], ['partner', 'businessAssoc', 200_000, 'planned']],
    hours: 60, start: '2025-08-01', deadline: '2025-12-31', kpi: ['Traineer', 8, 'stk'], priority: 3, status: 'postponed',
  },
  {
    title: 'Flerkjernet utvikling: felles kunnskapsgrunnlag',
    description: 'Oppdiktet: statistikk og analyse for regionens byer og tettsteder.',
    initiatives: ['polycentric'], strategies: [gs.knowledge, gs.influence],
    owner: SECRETARIAT, partners: ['county'],
    funding: [['own', null, 120_000, 'confirmed'], ['external', 'county', 80_000, 'confirmed']],
    hours: 200, start: '2025-01-15', deadline: '2025-09-30', kpi: ['Kunnskapsgrunnlag publisert', 1, 'stk'], priority: 1, status: 'ongoing',
  },
  {
    title: 'Seminarrekke om regionale byer',
    description: 'Oppdiktet: tre seminarer våren 2025.',
    initiatives: ['towns'], strategies: [gs.alliances],
    owner: 'Nordby kommune', partners: ['north', 'south'],
    funding: [['own', null, 60_000, 'confirmed'], ['partner', 'south', 60_000, 'confirmed']],
    hours: 90, start: '2025-01-10', deadline: '2025-04-30', kpi: ['Deltakere', 150, 'personer'], priority: 2, status: 'done',
  },
  {
    title: 'Stedsutvikling: erfaringsdeling mellom kommuner',
    description: 'Oppdiktet: mangler resultatmål.',
    initiatives: ['towns'], strategies: [gs.alliances],
    owner: SECRETARIAT, partners: ['north', 'south'],
    funding: [['own', null, 80_000, 'confirmed']],
    hours: 100, start: '2025-03-01', deadline: '2025-11-30', kpi: null, priority: 3, status: 'planned',
  },
  {
    title: 'Innspill til regional planstrategi',
    description: 'Oppdiktet: felles høringsinnspill.',
    initiatives: ['polycentric'], strategies: [gs.influence],
    owner: SECRETARIAT, partners: [],
    funding: [['own', null, 40_000, 'confirmed']],
    hours: 180, start: '2025-05-01', deadline: '2025-09-30', kpi: ['Innspill levert', 1, 'stk'], priority: 1, status: 'planned',
  },
  {
    title: 'Klimatilpasning: felles veileder',
    description: 'Oppdiktet: veileder for overvann og flom.',
    initiatives: ['adaptation'], strategies: [gs.knowledge],
    owner: 'Eksempel fylkeskommune', partners: ['county', 'institute'],
    funding: [['own', null, 100_000, 'confirmed'], ['external', 'county', 160_000, 'applied']],
    hours: 150, start: '2025-02-01', deadline: '2025-10-31', kpi: ['Veileder publisert', 1, 'stk'], priority: 1, status: 'planned',
  },
  {
    title: 'Overvannsnettverk',
    description: 'Oppdiktet: nettverk for kommunale fagfolk. Frist ikke satt.',
    initiatives: ['adaptation'], strategies: [gs.alliances],
    owner: 'Sørby kommune', partners: ['south'],
    funding: [['own', null, 90_000, 'planned']],
    hours: 70, start: '2025-03-01', deadline: null, kpi: ['Samlinger', 3, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Klimaregnskap for medlemskommunene',
    description: 'Oppdiktet: felles metode for klimaregnskap.',
    initiatives: ['lowEmission'], strategies: [gs.sustainable, gs.knowledge],
    owner: 'Regionalt forskningsinstitutt (oppdiktet)', partners: ['institute'],
    funding: [['own', null, 90_000, 'confirmed'], ['partner', 'institute', 130_000, 'confirmed']],
    hours: 90, start: '2025-01-01', deadline: '2025-08-31', kpi: ['Kommuner med klimaregnskap', 12, 'stk'], priority: 2, status: 'ongoing',
  },
  {
    title: 'Utslippsfri anleggsplass',
    description: 'Oppdiktet: krav og erfaringer fra utslippsfrie bygge- og anleggsplasser.',
    initiatives: ['lowEmission'], strategies: [gs.sustainable],
    owner: SECRETARIAT, partners: ['north', 'power'],
    funding: [['own', null, 100_000, 'confirmed'], ['external', 'fund', 200_000, 'applied']],
    hours: 160, start: '2025-04-01', deadline: '2025-12-15', kpi: ['Piloter', 2, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Regionalt kollektivløft: felles posisjonsnotat',
    description: 'Oppdiktet: posisjonsnotat til Nasjonal transportplan.',
    initiatives: ['transit'], strategies: [gs.influence],
    owner: SECRETARIAT, partners: [],
    funding: [['own', null, 60_000, 'confirmed']],
    hours: 150, start: '2025-02-01', deadline: '2025-06-15', kpi: ['Posisjonsnotat vedtatt', 1, 'stk'], priority: 1, status: 'planned',
  },
  {
    title: 'Kartlegging av pendlerstrømmer',
    description: 'Oppdiktet: analyse av arbeidsreiser over kommunegrenser.',
    initiatives: ['transit'], strategies: [gs.knowledge],
    owner: 'Eksempeluniversitetet', partners: ['university'],
    funding: [['own', null, 90_000, 'confirmed'], ['partner', 'university', 90_000, 'planned']],
    hours: 60, start: '2025-03-15', deadline: '2025-11-15', kpi: ['Rapport levert', 1, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Godsstrategi for regionen',
    description: 'Oppdiktet: felles strategi for godsterminaler og logistikk.',
    initiatives: ['freight'], strategies: [gs.sustainable, gs.alliances],
    owner: 'Logistikkparken Eksempel AS', partners: ['logistics', 'power'],
    funding: [['own', null, 120_000, 'confirmed'], ['partner', 'logistics', 120_000, 'confirmed']],
    hours: 110, start: '2025-02-01', deadline: '2025-12-01', kpi: ['Strategi vedtatt', 1, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Ladeinfrastruktur for tungtransport',
    description: 'Oppdiktet: behovsanalyse for lading langs hovedvegene. Ansvarlig er ikke avklart.',
    initiatives: ['freight'], isCrossCutting: true, strategies: [gs.sustainable],
    owner: '', partners: ['logistics', 'fund'],
    funding: [['own', null, 100_000, 'planned'], ['external', 'fund', 400_000, 'planned']],
    hours: 60, start: '2025-06-01', deadline: '2025-12-31', kpi: ['Ladepunkter planlagt', 20, 'stk'], priority: 3, status: 'planned',
  },
  {
    title: 'Regional energiomstilling: forprosjekt',
    description: 'Oppdiktet: forprosjekt for det tverrgående prosjektet.',
    initiatives: [], isCrossCutting: true, strategies: [gs.sustainable, gs.alliances, gs.knowledge],
    owner: SECRETARIAT, partners: ['power', 'county', 'university'],
    funding: [['own', null, 100_000, 'confirmed'], ['partner', 'power', 100_000, 'confirmed'], ['external', 'county', 200_000, 'applied']],
    hours: 250, start: '2025-01-01', deadline: '2025-12-31', kpi: ['Forprosjektrapport', 1, 'stk'], priority: 1, status: 'ongoing',
  },
  {
    title: 'Profilering på internasjonal energikonferanse',
    description: 'Oppdiktet: avlyst etter styrets prioritering.',
    initiatives: ['green'], strategies: [gs.position],
    owner: SECRETARIAT, partners: [],
    funding: [['own', null, 150_000, 'confirmed']],
    hours: 80, start: '2025-09-01', deadline: '2025-09-30', kpi: ['Møter med investorer', 15, 'stk'], priority: 3, status: 'cancelled',
  },
  {
    title: 'Felles identitet: regional kommunikasjonsplan',
    description: 'Oppdiktet: plan for felles budskap og kanaler.',
    initiatives: ['polycentric'], strategies: [gs.identity, gs.position],
    owner: SECRETARIAT, partners: [],
    funding: [['own', null, 100_000, 'confirmed']],
    hours: 120, start: '2025-03-01', deadline: '2025-06-30', kpi: ['Plan vedtatt', 1, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Gründerprogram for grønne oppstartsbedrifter',
    description: 'Oppdiktet: akselerator for grønne oppstartsbedrifter.',
    initiatives: ['green', 'skills'], strategies: [gs.sustainable, gs.alliances],
    owner: 'Gründerhuset Eksempel', partners: ['founders', 'county'],
    funding: [['own', null, 100_000, 'confirmed'], ['partner', 'bank', 150_000, 'applied'], ['external', 'county', 100_000, 'confirmed']],
    hours: 70, start: '2025-04-01', deadline: '2025-12-31', kpi: ['Oppstartsbedrifter', 10, 'stk'], priority: 2, status: 'planned',
  },
  {
    title: 'Årlig regionkonferanse',
    description: 'Oppdiktet: konferanse for politikere og administrasjon i regionen.',
    initiatives: ['polycentric'], strategies: [gs.position, gs.identity],
    owner: SECRETARIAT, partners: ['county'],
    funding: [['own', null, 100_000, 'confirmed'], ['partner', 'county', 150_000, 'confirmed']],
    hours: 250, start: '2025-10-15', deadline: '2025-10-16', kpi: ['Deltakere', 250, 'personer'], priority: 1, status: 'planned',
  },
  {
    title: 'Digital tvilling: forstudie',
    description: 'Oppdiktet: forstudie om en digital tvilling for arealplanlegging.',
    initiatives: ['digital'], strategies: [gs.knowledge],
    owner: 'Inkubator Vest (oppdiktet)', partners: ['incubator'],
    funding: [['own', null, 80_000, 'planned'], ['partner', 'incubator', 120_000, 'applied']],
    hours: 50, start: '2025-05-01', deadline: '2025-11-30', kpi: ['Forstudie levert', 1, 'stk'], priority: 3, status: 'planned',
  },
];

function exampleStrategy(): Strategy {
  const base = osloregionenStrategy();
  // The document's own satsing first, as the template has it; then the invented ones.
  const initiatives: Initiative[] = [
    ...base.initiatives,
    ...Object.values(INVENTED_INITIATIVES).map((i) => ({
      id: i.id,
      focusAreaId: i.focusAreaId,
      name: i.name,
      description: i.description,
      guidingStrategyIds: [...i.strategies],
    })),
  ];
  return {
    ...base,
    id: EXAMPLE_STRATEGY_ID,
    name: 'Eksempel – oppdiktede data (Strategiske føringer 2025–2028)',
    organisation: 'Eksempelregionen (oppdiktet)',
    initiatives,
    crossCuttingProjects: [
      {
        id: EXAMPLE_CROSS_CUTTING_ID,
        name: 'Regional energiomstilling (oppdiktet)',
        description: 'Oppdiktet tverrgående prosjekt: kraft, klima og transport sett i sammenheng.',
        focusAreaIds: [fa.business, fa.climate, fa.transport],
      },
    ],
    actors: (Object.keys(ACTORS) as ActorKey[]).map((key) => ({ id: actorId(key), ...ACTORS[key] })),
    notes: [
      'EKSEMPEL – OPPDIKTEDE DATA. Satsinger (utenom «Grønn innovasjon og kraft»), aktører, tiltak, beløp og datoer i dette dokumentet er oppdiktet for å vise hvordan Handlingsrom virker. Visjon, mål, formål, verdier, overordnede strategier og innsatsområder er hentet fra Osloregionens utkast til strategiske føringer 2025–2028.',
      '',
      base.notes,
    ].join('\n'),
    templateId: base.templateId,
  };
}

function examplePlan(): ActionPlan {
  return {
    id: EXAMPLE_PLAN_ID,
    strategyId: EXAMPLE_STRATEGY_ID,
    year: 2025,
    status: 'draft',
    adoptedDate: null,
    frame: {
      ownFunds: 2_000_000,
      capacityHours: 3_000,
      targetShares: { [fa.business]: 40, [fa.urban]: 15, [fa.climate]: 20, [fa.transport]: 25 },
    },
    scenarios: [],
    followUp: emptyFollowUp(),
  };
}

function toAction(spec: ActionSpec, index: number): Action {
  const n = String(index + 1).padStart(2, '0');
  const fundingTotal = spec.funding.reduce((sum, line) => sum + line[2], 0);
  return {
    id: `ex_act_${n}`,
    planId: EXAMPLE_PLAN_ID,
    number: String(index + 1),
    title: spec.title,
    description: spec.description,
    initiativeIds: spec.initiatives.map(initiativeId),
    subGoalIds: [],
    focusAreaIds: [],
    crossCuttingProjectId: spec.isCrossCutting === true ? EXAMPLE_CROSS_CUTTING_ID : null,
    guidingStrategyIds: [...spec.strategies],
    owner: spec.owner,
    partnerIds: spec.partners.map(actorId),
    cost: spec.cost ?? fundingTotal,
    funding: spec.funding.map(([source, actor, amount, status], i) => ({
      id: `ex_fl_${n}_${i + 1}`,
      source,
      actorId: actor === null ? null : actorId(actor),
      amount,
      status,
    })),
    hours: spec.hours,
    start: spec.start,
    deadline: spec.deadline,
    kpis: spec.kpi === null ? [] : [{ id: `ex_kpi_${n}`, indicator: spec.kpi[0], target: spec.kpi[1], unit: spec.kpi[2] }],
    priority: spec.priority,
    status: spec.status,
    notes: '',
    carriedFromId: null,
    lineageId: `ex_lin_${n}`,
  };
}

/**
 * Eksempelplan: the invented example document (one strategy, handlingsplan 2025 with 25
 * tiltak). Returns a new object on every call; identical every time.
 */
export function createExampleDocument(): PlanDocument {
  const strategy = exampleStrategy();
  const plan = examplePlan();
  const actions = ACTIONS.map(toAction);
  // Invented follow-up for T1 (closed) and T2 2025 (./example-follow-up.ts).
  return { strategy, plans: [{ ...plan, followUp: exampleFollowUp(strategy, plan, actions) }], actions };
}
