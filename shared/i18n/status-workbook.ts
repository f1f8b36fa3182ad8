/**
 * Statusarbeidsboken (issue 12, point 7): the words written INTO the status workbook (sheet
 * names, headers, status words) and the messages of its import (`statusWorkbook.*`), in
 * bokmål and English. shared/excel/status writes one language and reads both.
 */
import type { CatalogueModule } from './index';

/** Same nested keys as T, every leaf a string (so `en` must mirror `nb`). */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

const nbWords = {
  sheets: { status: 'Status', kpis: 'KPI', info: 'Info' },
  columns: {
    number: 'Nr',
    title: 'Tittel',
    owner: 'Ansvarlig',
    focusArea: 'Innsatsområde',
    deadline: 'Frist',
    cost: 'Kostnad',
    ownFunds: 'Egne midler',
    partnerFunds: 'Partnerfinansiering',
    externalFunds: 'Eksterne midler',
    lastStatus: 'Forrige status',
    lastComment: 'Forrige kommentar',
    lastSpending: 'Forrige forbruk',
    status: 'Ny status',
    comment: 'Kommentar',
    spentOwn: 'Forbruk egne midler',
    spentPartner: 'Forbruk partnerfinansiering',
    spentExternal: 'Forbruk eksterne midler',
    expectedDeadline: 'Endret forventet frist',
    id: 'Id',
  },
  kpiColumns: {
    number: 'Nr',
    title: 'Tittel',
    indicator: 'KPI',
    unit: 'Enhet',
    target: 'Målverdi',
    lastActual: 'Forrige faktisk',
    baseline: 'Utgangsverdi',
    actual: 'Faktisk verdi',
    actionId: 'Tiltak-id',
    kpiId: 'KPI-id',
  },
  info: { year: 'År', period: 'Periode', owner: 'Ansvarlig', plan: 'Plan' },
  status: {
    notStarted: 'Ikke startet',
    onTrack: 'På sporet',
    delayed: 'Forsinket',
    stopped: 'Stoppet',
    done: 'Fullført',
  },
  title: 'Statusrapportering {{strategy}} {{year}}, {{period}}',
};

const enWords: SameKeys<typeof nbWords> = {
  sheets: { status: 'Progress', kpis: 'KPIs', info: 'About' },
  columns: {
    number: 'No.',
    title: 'Title',
    owner: 'Owner',
    focusArea: 'Focus area',
    deadline: 'Deadline',
    cost: 'Cost',
    ownFunds: 'Own funds',
    partnerFunds: 'Partner funding',
    externalFunds: 'External funds',
    lastStatus: 'Previous status',
    lastComment: 'Previous comment',
    lastSpending: 'Previous spending',
    status: 'New status',
    comment: 'Comment',
    spentOwn: 'Spent own funds',
    spentPartner: 'Spent partner funding',
    spentExternal: 'Spent external funds',
    expectedDeadline: 'Changed expected deadline',
    id: 'Id',
  },
  kpiColumns: {
    number: 'No.',
    title: 'Title',
    indicator: 'KPI',
    unit: 'Unit',
    target: 'Target',
    lastActual: 'Previous actual',
    baseline: 'Baseline',
    actual: 'Actual value',
    actionId: 'Action id',
    kpiId: 'KPI id',
  },
  info: { year: 'Year', period: 'Period', owner: 'Owner', plan: 'Plan' },
  status: {
    notStarted: 'Not started',
    onTrack: 'On track',
    delayed: 'Delayed',
    stopped: 'Stopped',
    done: 'Completed',
  },
  title: 'Progress report {{strategy}} {{year}}, {{period}}',
};

/** The words of the status workbook in one language. */
export type StatusWorkbookWordsCatalogue = typeof nbWords;

/** The status workbook's words per language (what shared/excel/status writes and reads). */
export const statusWorkbookWords: { nb: StatusWorkbookWordsCatalogue; en: StatusWorkbookWordsCatalogue } = { nb: nbWords, en: enWords };

/** Texts of the status workbook (`statusWorkbook.*`): its words, and the import's expectations and refusals. */
export const statusWorkbook: CatalogueModule = {
  nb: {
    words: nbWords,
    expected: {
      status: 'én av {{choices}}',
      spending: 'forbruk i hele kroner, 0 eller mer',
      dateInYear: 'en dato i {{year}} (dd.mm.åååå)',
      knownAction: 'id-en til et aktivt tiltak i handlingsplanen for {{year}}',
      knownKpi: 'id-en til en KPI på tiltaket {{number}}',
      kpiValue: 'et tall',
      statusForUpdate: 'en status når raden har kommentar, forbruk, frist eller KPI-verdier',
      uniqueAction: 'hvert tiltak bare én gang',
    },
    found: {
      negative: '{{value}} (negativt)',
      notWhole: '{{value}} (ikke hele kroner)',
      tooLarge: '{{value}} (for stort)',
      outsideYear: '{{value}}',
      unknownId: '«{{value}}»',
      duplicate: 'tiltaket også i rad {{otherRow}}',
    },
    sheets: {
      missingSheet: 'Fant ikke arket «{{nb}}» (på engelsk «{{en}}»). Arkene i filen er: {{sheets}}. Bruk et statusark eksportert fra Handlingsrom.',
      missingColumn: 'Arket «{{sheet}}» mangler kolonnen «{{column}}».',
      wrongYear: 'Statusarket gjelder {{found}}, ikke {{year}}.',
      wrongPeriod: 'Statusarket gjelder perioden {{found}}, ikke {{period}}.',
      periodClosed: 'Perioden {{period}} er lukket. Gjenåpne den før du importerer statusarket.',
      refusedUpdate: 'Rad {{row}} (tiltak {{number}}) kan ikke legges inn: {{reason}}',
    },
    preview: {
      updates_one: '{{count}} tiltak får ny status',
      updates_other: '{{count}} tiltak får ny status',
      none: 'Statusarket har ingen utfylte rader.',
    },
  },
  en: {
    words: enWords,
    expected: {
      status: 'one of {{choices}}',
      spending: 'spending in whole kroner, 0 or more',
      dateInYear: 'a date in {{year}} (dd.mm.yyyy)',
      knownAction: 'the id of an active action in the plan for {{year}}',
      knownKpi: 'the id of a KPI of action {{number}}',
      kpiValue: 'a number',
      statusForUpdate: 'a status when the row has a comment, spending, deadline or KPI values',
      uniqueAction: 'each action only once',
    },
    found: {
      negative: '{{value}} (negative)',
      notWhole: '{{value}} (not whole kroner)',
      tooLarge: '{{value}} (too large)',
      outsideYear: '{{value}}',
      unknownId: '«{{value}}»',
      duplicate: 'the action also in row {{otherRow}}',
    },
    sheets: {
      missingSheet: 'Found no sheet «{{en}}» (in Norwegian «{{nb}}»). The sheets in the file are: {{sheets}}. Use a status workbook exported from Handlingsrom.',
      missingColumn: 'The sheet «{{sheet}}» lacks the column «{{column}}».',
      wrongYear: 'The status workbook is for {{found}}, not {{year}}.',
      wrongPeriod: 'The status workbook is for the period {{found}}, not {{period}}.',
      periodClosed: 'The period {{period}} is closed. Reopen it before importing the status workbook.',
      refusedUpdate: 'Row {{row}} (action {{number}}) cannot be entered: {{reason}}',
    },
    preview: {
      updates_one: '{{count}} action gets a new status',
      updates_other: '{{count}} actions get a new status',
      none: 'The status workbook has no filled-in rows.',
    },
  },
};
