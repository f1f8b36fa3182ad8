/**
 * Messages of the kontroll (funn) and of scenarios, bokmål first, English complete.
 * Registered as namespace `finding`: a finding's message is `finding.<code>` with the
 * finding's `params` as interpolation values (`{{name}}`, `{{amount, number}}`).
 * shared/rules builds the Norwegian `Finding.message` from the `nb` templates here, so
 * the message and its translation can never drift apart.
 */
import type { CatalogueModule } from './index';
import type { FindingCode } from '../rules/types';
import type { ScenarioConflictKind } from '../scenarios/types';

/** Same nested keys as T, every leaf a string (so `en` must mirror `nb`). */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

const nbCodes = {
  'frame-overrun':
    'Egne midler i tiltakene ({{ownFunds, number}} kr) overskrider rammen ({{frame, number}} kr) med {{amount, number}} kr ({{percent, number}} %). Utsett eller kutt tiltak, eller øk rammen.',
  'frame-margin':
    'Egne midler i tiltakene ({{ownFunds, number}} kr) er innenfor rammen ({{frame, number}} kr). Handlingsrom: {{amount, number}} kr ({{percent, number}} %).',
  'frame-not-set':
    'Rammen for egne midler er ikke satt (0 kr), men de aktive tiltakene bruker {{ownFunds, number}} kr egne midler. Sett rammen under Økonomi.',
  'capacity-overrun':
    'Tiltakene krever {{hours, number}} timeverk, men kapasiteten er {{capacity, number}} timer: {{amount, number}} timer for mye ({{percent, number}} %).',
  'capacity-margin':
    'Tiltakene krever {{hours, number}} timeverk av en kapasitet på {{capacity, number}} timer. Ledig kapasitet: {{amount, number}} timer.',
  'capacity-not-set':
    'Kapasiteten er ikke satt, men de aktive tiltakene krever {{hours, number}} timeverk. Sett kapasiteten under Økonomi.',
  uncovered:
    'Tiltak {{number}} «{{title}}»: {{amount, number}} kr av kostnaden på {{cost, number}} kr er udekket. Legg til finansiering eller reduser kostnaden.',
  'funding-exceeds-cost':
    'Tiltak {{number}} «{{title}}»: finansieringen ({{funding, number}} kr) er {{amount, number}} kr høyere enn kostnaden ({{cost, number}} kr).',
  'funding-risk':
    'Tiltak {{number}} «{{title}}»: {{amount, number}} kr i partner- og eksterne midler er ikke bekreftet (søkt {{applied, number}} kr, planlagt {{planned, number}} kr). Bekreftet: {{confirmed, number}} kr.',
  'missing-owner': 'Tiltak {{number}} «{{title}}» mangler ansvarlig.',
  'missing-deadline': 'Tiltak {{number}} «{{title}}» mangler frist.',
  'missing-funding':
    'Tiltak {{number}} «{{title}}» har en kostnad på {{amount, number}} kr, men ingen finansiering.',
  'missing-kpi': 'Tiltak {{number}} «{{title}}» mangler KPI / resultatmål.',
  'missing-link': 'Tiltak {{number}} «{{title}}» er ikke koblet til noe i føringene (innsatsområde, delmål, satsing eller tverrgående prosjekt).',
  'deadline-outside-year': 'Tiltak {{number}} «{{title}}» har frist {{deadline}}, utenfor planåret {{year}}.',
  'start-outside-year': 'Tiltak {{number}} «{{title}}» starter {{start}}, utenfor planåret {{year}}.',
  'start-after-deadline': 'Tiltak {{number}} «{{title}}» starter {{start}}, etter fristen {{deadline}}.',
  'partner-funding-not-partner':
    'Tiltak {{number}} «{{title}}» har partnerfinansiering på {{amount, number}} kr fra {{actor}}, som ikke står blant samarbeidspartnerne.',
  'partner-funding-no-actor':
    'Tiltak {{number}} «{{title}}» har partnerfinansiering på {{amount, number}} kr uten oppgitt aktør.',
  'initiative-uncovered': 'Satsingen «{{name}}» ({{focusArea}}) har ingen aktive tiltak.',
  'focus-area-uncovered':
    '«{{name}}» har ingen aktive tiltak, verken gjennom satsinger eller tverrgående prosjekter.',
  'strategy-uncovered':
    'Den overordnede strategien «{{text}}» tjenes ikke av noe aktivt tiltak, verken direkte eller gjennom satsingene.',
  'share-off-target':
    '«{{name}}» har {{share, number}} % av kostnaden, men målet er {{target, number}} % (avvik {{deviation, number}} prosentpoeng; mer enn {{tolerance, number}} regnes som avvik).',
  'five-factor-missing-public':
    '«{{name}}» involverer ingen aktør fra offentlig myndighet (5-faktormodellen), men strategien regner med denne kategorien.',
  'five-factor-missing-entrepreneur':
    '«{{name}}» involverer ingen aktør fra gründermiljøet (5-faktormodellen), men strategien regner med denne kategorien.',
  'five-factor-missing-research':
    '«{{name}}» involverer ingen aktør fra forskning og utdanning (5-faktormodellen), men strategien regner med denne kategorien.',
  'five-factor-missing-business':
    '«{{name}}» involverer ingen aktør fra næringslivet (5-faktormodellen), men strategien regner med denne kategorien.',
  'five-factor-missing-capital':
    '«{{name}}» involverer ingen aktør fra kapital (5-faktormodellen), men strategien regner med denne kategorien.',
} satisfies Record<FindingCode, string>;

const nbConflicts = {
  'action-deleted':
    'Tiltak {{number}} «{{title}}» er slettet fra basis etter at scenarioet ble laget. Endringen i scenarioet brukes ikke.',
  'cost-changed':
    'Tiltak {{number}} «{{title}}»: kostnaden i basis er endret fra {{recorded, number}} kr til {{current, number}} kr etter at scenarioet ble laget. Kontroller at endringen i scenarioet fortsatt stemmer.',
  'funding-changed':
    'Tiltak {{number}} «{{title}}»: finansieringen i basis er endret (fra {{recorded, number}} kr til {{current, number}} kr i alt) etter at scenarioet ble laget. Kontroller at endringen i scenarioet fortsatt stemmer.',
  'status-changed':
    'Tiltak {{number}} «{{title}}»: status i basis er endret fra {{recordedNb}} til {{currentNb}} etter at scenarioet ble laget. Kontroller at endringen i scenarioet fortsatt stemmer.',
  'frame-changed':
    'Rammen i basis er endret etter at scenarioet ble laget (egne midler: {{recorded, number}} kr da, {{current, number}} kr nå). Scenarioet bruker fortsatt sin egen ramme på {{override, number}} kr.',
  'duplicate-action':
    'Tiltak {{number}} «{{title}}» som er lagt til i scenarioet, har samme id som et tiltak i basis og brukes ikke.',
} satisfies Record<ScenarioConflictKind, string>;

const nb = {
  ...nbCodes,
  severity: { error: 'Feil', warning: 'Advarsel', info: 'Merknad' },
  group: { unlinked: 'Uten kobling', projects: 'Tverrgående prosjekter' },
  actionStatus: {
    planned: 'planlagt',
    ongoing: 'pågår',
    done: 'fullført',
    postponed: 'utsatt',
    cancelled: 'avlyst',
  },
  conflict: nbConflicts,
  scenario: {
    basisName: 'Basis',
    fitWithin: 'Planen er allerede innenfor rammen for egne midler; ingen tiltak utsettes.',
    fitFrameNotSet: 'Rammen for egne midler er ikke satt; ingen tiltak utsettes.',
    fitDescription:
      'Forslag for å holde egne midler innenfor rammen: utsetter {{count, number}} tiltak og frigjør {{savings, number}} kr (overskridelse {{overrun, number}} kr).',
    fitDescriptionNoFit:
      'Forslag: utsetter {{count, number}} tiltak og frigjør {{savings, number}} kr, men planen er fortsatt {{remaining, number}} kr over rammen.',
    frameCutDescription:
      'Egne midler kuttet {{percent, number}} % fra {{from, number}} kr (rammen per {{date}}) til {{to, number}} kr.',
    frameRaiseDescription:
      'Egne midler økt {{percent, number}} % fra {{from, number}} kr (rammen per {{date}}) til {{to, number}} kr.',
    previousBasisName: 'Tidligere basis (før «{{name}}»)',
    previousBasisDescription: 'Planen slik den var før scenarioet «{{name}}» ble tatt i bruk som plan.',
  },
};

const en: SameKeys<typeof nb> = {
  'frame-overrun':
    'Own funds in the actions (NOK {{ownFunds, number}}) exceed the frame (NOK {{frame, number}}) by NOK {{amount, number}} ({{percent, number}}%). Postpone or cut actions, or raise the frame.',
  'frame-margin':
    'Own funds in the actions (NOK {{ownFunds, number}}) are within the frame (NOK {{frame, number}}). Room left: NOK {{amount, number}} ({{percent, number}}%).',
  'frame-not-set':
    'The frame for own funds is not set (NOK 0), but the active actions use NOK {{ownFunds, number}} of own funds. Set the frame under Budget.',
  'capacity-overrun':
    'The actions need {{hours, number}} hours, but the capacity is {{capacity, number}} hours: {{amount, number}} hours too many ({{percent, number}}%).',
  'capacity-margin':
    'The actions need {{hours, number}} hours of a capacity of {{capacity, number}} hours. Free capacity: {{amount, number}} hours.',
  'capacity-not-set':
    'The capacity is not set, but the active actions need {{hours, number}} hours. Set the capacity under Budget.',
  uncovered:
    'Action {{number}} “{{title}}”: NOK {{amount, number}} of the cost of NOK {{cost, number}} is not covered. Add funding or reduce the cost.',
  'funding-exceeds-cost':
    'Action {{number}} “{{title}}”: the funding (NOK {{funding, number}}) is NOK {{amount, number}} more than the cost (NOK {{cost, number}}).',
  'funding-risk':
    'Action {{number}} “{{title}}”: NOK {{amount, number}} of partner and external funding is not confirmed (applied for NOK {{applied, number}}, planned NOK {{planned, number}}). Confirmed: NOK {{confirmed, number}}.',
  'missing-owner': 'Action {{number}} “{{title}}” has no owner.',
  'missing-deadline': 'Action {{number}} “{{title}}” has no deadline.',
  'missing-funding': 'Action {{number}} “{{title}}” costs NOK {{amount, number}} but has no funding.',
  'missing-kpi': 'Action {{number}} “{{title}}” has no KPI / target.',
  'missing-link': 'Action {{number}} “{{title}}” is not linked to anything in the strategy (focus area, sub-goal, initiative or cross-cutting project).',
  'deadline-outside-year': 'Action {{number}} “{{title}}” has the deadline {{deadlineIso}}, outside the plan year {{year}}.',
  'start-outside-year': 'Action {{number}} “{{title}}” starts {{startIso}}, outside the plan year {{year}}.',
  'start-after-deadline': 'Action {{number}} “{{title}}” starts {{startIso}}, after its deadline {{deadlineIso}}.',
  'partner-funding-not-partner':
    'Action {{number}} “{{title}}” has partner funding of NOK {{amount, number}} from {{actor}}, who is not among its partners.',
  'partner-funding-no-actor':
    'Action {{number}} “{{title}}” has partner funding of NOK {{amount, number}} without a named actor.',
  'initiative-uncovered': 'The initiative “{{name}}” ({{focusArea}}) has no active actions.',
  'focus-area-uncovered': '“{{name}}” has no active actions, neither through initiatives nor cross-cutting projects.',
  'strategy-uncovered':
    'The guiding strategy “{{text}}” is not served by any active action, neither directly nor through its initiatives.',
  'share-off-target':
    '“{{name}}” has {{share, number}}% of the cost, but the target is {{target, number}}% (off by {{deviation, number}} percentage points; more than {{tolerance, number}} counts as off target).',
  'five-factor-missing-public':
    '“{{name}}” involves no public-authority actor (five-factor model), but the strategy counts on this category.',
  'five-factor-missing-entrepreneur':
    '“{{name}}” involves no actor from the entrepreneur community (five-factor model), but the strategy counts on this category.',
  'five-factor-missing-research':
    '“{{name}}” involves no research or education actor (five-factor model), but the strategy counts on this category.',
  'five-factor-missing-business':
    '“{{name}}” involves no business actor (five-factor model), but the strategy counts on this category.',
  'five-factor-missing-capital':
    '“{{name}}” involves no capital actor (five-factor model), but the strategy counts on this category.',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  group: { unlinked: 'Not linked', projects: 'Cross-cutting projects' },
  actionStatus: {
    planned: 'planned',
    ongoing: 'ongoing',
    done: 'done',
    postponed: 'postponed',
    cancelled: 'cancelled',
  },
  conflict: {
    'action-deleted':
      'Action {{number}} “{{title}}” was deleted from the basis after the scenario was made. The scenario’s change is not used.',
    'cost-changed':
      'Action {{number}} “{{title}}”: the cost in the basis changed from NOK {{recorded, number}} to NOK {{current, number}} after the scenario was made. Check that the scenario’s change still holds.',
    'funding-changed':
      'Action {{number}} “{{title}}”: the funding in the basis changed (from NOK {{recorded, number}} to NOK {{current, number}} in total) after the scenario was made. Check that the scenario’s change still holds.',
    'status-changed':
      'Action {{number}} “{{title}}”: the status in the basis changed from {{recordedEn}} to {{currentEn}} after the scenario was made. Check that the scenario’s change still holds.',
    'frame-changed':
      'The frame in the basis changed after the scenario was made (own funds: NOK {{recorded, number}} then, NOK {{current, number}} now). The scenario still uses its own frame of NOK {{override, number}}.',
    'duplicate-action':
      'Action {{number}} “{{title}}”, added in the scenario, has the same id as an action in the basis and is not used.',
  },
  scenario: {
    basisName: 'Basis',
    fitWithin: 'The plan is already within the frame for own funds; no actions are postponed.',
    fitFrameNotSet: 'The frame for own funds is not set; no actions are postponed.',
    fitDescription:
      'Proposal to keep own funds within the frame: postpones {{count, number}} actions and frees NOK {{savings, number}} (overrun NOK {{overrun, number}}).',
    fitDescriptionNoFit:
      'Proposal: postpones {{count, number}} actions and frees NOK {{savings, number}}, but the plan is still NOK {{remaining, number}} over the frame.',
    frameCutDescription: 'Own funds cut by {{percent, number}}% from NOK {{from, number}} (frame as of {{date}}) to NOK {{to, number}}.',
    frameRaiseDescription: 'Own funds raised by {{percent, number}}% from NOK {{from, number}} (frame as of {{date}}) to NOK {{to, number}}.',
    previousBasisName: 'Previous basis (before “{{name}}”)',
    previousBasisDescription: 'The plan as it was before the scenario “{{name}}” was adopted as the plan.',
  },
};

/** Kontroll and scenario messages (funn, konflikter) in bokmål and English. */
export const findings = { nb, en } satisfies CatalogueModule;
