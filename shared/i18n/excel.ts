/**
 * Messages of the Excel budget workbook (eksport / import), bokmål first, English complete.
 * Registered as namespace `excel`. shared/excel builds its Norwegian error messages from
 * the `nb` templates here (with `interpolate` from shared/rules), and each import error
 * carries its `code` and `params`, so the UI can show it in English from the same keys:
 * `excel.limits.<code>` for file-level refusals, `excel.cell` for a cell error with
 * `excel.expected.<kind>` as its «expected» text.
 */
import type { CatalogueModule } from './index';

/** Same nested keys as T, every leaf a string (so `en` must mirror `nb`). */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

const nb = {
  export: {
    button: 'Eksporter til Excel',
    progress: 'Lager arbeidsboken … {{done}} av {{total}}',
    done: 'Arbeidsboken er laget.',
    failed: 'Kunne ikke lage arbeidsboken: {{message}}',
    timeout: 'Eksporten tok mer enn {{seconds}} sekunder og ble avbrutt.',
  },
  import: {
    button: 'Importer fra Excel',
    progress: 'Leser arbeidsboken … {{done}} av {{total}}',
    previewTitle: 'Dette endres av importen',
    added: 'Nye tiltak ({{count}})',
    changed: 'Endrede tiltak ({{count}})',
    removed: 'Tiltak som fjernes ({{count}})',
    frameChanged: 'Rammene endres',
    changedFields: 'Endret: {{fields}}',
    noChanges: 'Arbeidsboken er lik planen – ingenting å importere.',
    apply: 'Ta i bruk alle endringene',
    applied: 'Importen er tatt i bruk.',
    errorsTitle: 'Arbeidsboken har {{count}} feil. Ingenting er endret – rett feilene og prøv igjen.',
    starterSheet: 'Startark: hver rad blir et nytt tiltak.',
    cancelled: 'Importen ble avbrutt.',
  },
  columns: {
    sheet: 'Ark',
    row: 'Rad',
    column: 'Kolonne',
    field: 'Felt',
    expected: 'Forventet',
    found: 'Funnet',
    message: 'Melding',
  },
  cell: 'Arket «{{sheet}}», rad {{row}}, kolonne {{column}} ({{field}}): forventet {{expected}}, fant {{found}}.',
  found: {
    empty: 'tom celle',
    error: 'feilverdien {{value}}',
    uncalculated: 'formelen ={{formula}} uten beregnet verdi',
    invalidDate: 'ugyldig dato',
    ambiguous: '«{{value}}», som passer til flere',
    duplicate: '«{{value}}», som også står på rad {{otherRow}}',
    unknown: '«{{value}}»',
  },
  expected: {
    value: 'en verdi',
    text: 'tekst på høyst {{max}} tegn',
    number: 'et Nr (høyst 20 tegn)',
    uniqueNumber: 'et Nr som ingen annen rad har',
    existingNumber: 'Nr på et tiltak i arket «Tiltak»',
    amount: 'et beløp i hele kroner (0 eller mer)',
    integer: 'et helt tall (0 eller mer)',
    date: 'en dato (dd.mm.åååå)',
    priority: '1 (må), 2 (bør) eller 3 (kan)',
    status: 'Planlagt, Pågår, Fullført, Utsatt eller Avlyst',
    source: 'Egne midler, Partnerfinansiering eller Eksterne midler',
    fundingStatus: 'Bekreftet, Søkt eller Planlagt',
    initiative: 'navn på satsinger i føringene, skilt med semikolon',
    initiativeInArea: 'én satsing under innsatsområdet (det har flere: {{choices}})',
    focusArea: 'navnet på et innsatsområde i føringene',
    project: 'navnet på et tverrgående prosjekt i føringene',
    guidingStrategy: 'overordnede strategier fra føringene, skilt med semikolon',
    actor: 'navn på aktører i aktørregisteret, skilt med semikolon',
    oneActor: 'navnet på én aktør i aktørregisteret',
    year: 'året {{year}}',
    valid: 'en gyldig verdi ({{detail}})',
  },
  sheets: {
    missingSheet:
      'Fant ikke arket «{{sheet}}». Arkene i filen er: {{sheets}}. Bruk en arbeidsbok eksportert fra Handlingsrom, eller et startark med kolonnen «Tittel» i første rad.',
    missingColumn: 'Arket «{{sheet}}» mangler kolonnen «{{field}}» i første rad.',
    wrongYear: 'Arbeidsboken gjelder handlingsplanen for {{found}}, men du importerer til {{year}}.',
    noPlan: 'Fant ingen handlingsplan for {{year}} i planen.',
    noRows: 'Arket «{{sheet}}» har ingen tiltak.',
    adopted: 'Handlingsplanen for {{year}} er vedtatt og kan ikke endres. Gjenåpne planen først.',
  },
  limits: {
    'too-large': 'Filen er {{sizeMb}} MB. Høyst {{maxMb}} MB kan importeres.',
    empty: 'Filen er tom.',
    'not-zip': 'Filen er ikke en Excel-arbeidsbok (.xlsx).',
    legacy: 'Filen er i det gamle .xls-formatet eller passordbeskyttet. Lagre den som .xlsx uten passord og prøv igjen.',
    truncated: 'Filen er ufullstendig (avkuttet). Lagre arbeidsboken på nytt og prøv igjen.',
    corrupt: 'Filen er skadet og kan ikke leses ({{detail}}).',
    encrypted: 'Filen har krypterte deler og kan ikke leses.',
    'too-many-entries': 'Filen har {{count, number}} deler; høyst {{max, number}} er tillatt.',
    'zip-bomb':
      'Filen pakker seg ut til {{sizeMb}} MB ({{ratio}} ganger større enn filen). Den avvises som mulig zip-bombe (høyst {{maxMb}} MB og {{maxRatio}} ganger).',
    'not-workbook': 'Filen er en zip-fil, men ikke en Excel-arbeidsbok (mangler xl/workbook.xml).',
    'too-many-rows': 'Arket «{{sheet}}» har mer enn {{max, number}} rader. Høyst {{max, number}} rader kan importeres.',
    'too-many-columns': 'Arket «{{sheet}}» har data i kolonne {{column}}. Høyst {{max, number}} kolonner kan importeres.',
    'too-many-cells': 'Arket «{{sheet}}» har mer enn {{max, number}} celler. Så store arbeidsbøker kan ikke importeres.',
    timeout: 'Importen tok mer enn {{seconds}} sekunder og ble avbrutt. Filen er for stor eller for sammensatt.',
    unreadable: 'Arbeidsboken kunne ikke leses: {{detail}}',
  },
};

const en: SameKeys<typeof nb> = {
  export: {
    button: 'Export to Excel',
    progress: 'Creating the workbook … {{done}} of {{total}}',
    done: 'The workbook has been created.',
    failed: 'Could not create the workbook: {{message}}',
    timeout: 'The export took more than {{seconds}} seconds and was stopped.',
  },
  import: {
    button: 'Import from Excel',
    progress: 'Reading the workbook … {{done}} of {{total}}',
    previewTitle: 'What the import changes',
    added: 'New actions ({{count}})',
    changed: 'Changed actions ({{count}})',
    removed: 'Actions to be removed ({{count}})',
    frameChanged: 'The budget frame changes',
    changedFields: 'Changed: {{fields}}',
    noChanges: 'The workbook matches the plan – nothing to import.',
    apply: 'Apply all changes',
    applied: 'The import has been applied.',
    errorsTitle: 'The workbook has {{count}} errors. Nothing has been changed – fix the errors and try again.',
    starterSheet: 'Starter sheet: every row becomes a new action.',
    cancelled: 'The import was cancelled.',
  },
  columns: {
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    field: 'Field',
    expected: 'Expected',
    found: 'Found',
    message: 'Message',
  },
  cell: 'Sheet «{{sheet}}», row {{row}}, column {{column}} ({{field}}): expected {{expected}}, found {{found}}.',
  found: {
    empty: 'an empty cell',
    error: 'the error value {{value}}',
    uncalculated: 'the formula ={{formula}} without a calculated value',
    invalidDate: 'an invalid date',
    ambiguous: '«{{value}}», which matches several',
    duplicate: '«{{value}}», which is also on row {{otherRow}}',
    unknown: '«{{value}}»',
  },
  expected: {
    value: 'a value',
    text: 'text of at most {{max}} characters',
    number: 'a number (Nr, at most 20 characters)',
    uniqueNumber: 'a number (Nr) no other row has',
    existingNumber: 'the number (Nr) of an action in the «Tiltak» sheet',
    amount: 'an amount in whole kroner (0 or more)',
    integer: 'a whole number (0 or more)',
    date: 'a date (dd.mm.yyyy)',
    priority: '1 (must), 2 (should) or 3 (could)',
    status: 'Planlagt, Pågår, Fullført, Utsatt or Avlyst',
    source: 'Egne midler, Partnerfinansiering or Eksterne midler',
    fundingStatus: 'Bekreftet, Søkt or Planlagt',
    initiative: 'names of initiatives in the strategy, separated by semicolons',
    initiativeInArea: 'one initiative under the focus area (it has several: {{choices}})',
    focusArea: 'the name of a focus area in the strategy',
    project: 'the name of a cross-cutting project in the strategy',
    guidingStrategy: 'guiding strategies from the strategy, separated by semicolons',
    actor: 'names of actors in the actor register, separated by semicolons',
    oneActor: 'the name of one actor in the actor register',
    year: 'the year {{year}}',
    valid: 'a valid value ({{detail}})',
  },
  sheets: {
    missingSheet:
      'The sheet «{{sheet}}» was not found. The sheets in the file are: {{sheets}}. Use a workbook exported from Handlingsrom, or a starter sheet with the column «Tittel» in its first row.',
    missingColumn: 'The sheet «{{sheet}}» has no column «{{field}}» in its first row.',
    wrongYear: 'The workbook is for the {{found}} action plan, but you are importing into {{year}}.',
    noPlan: 'The plan has no action plan for {{year}}.',
    noRows: 'The sheet «{{sheet}}» has no actions.',
    adopted: 'The action plan for {{year}} is adopted and cannot be changed. Reopen the plan first.',
  },
  limits: {
    'too-large': 'The file is {{sizeMb}} MB. At most {{maxMb}} MB can be imported.',
    empty: 'The file is empty.',
    'not-zip': 'The file is not an Excel workbook (.xlsx).',
    legacy: 'The file is in the old .xls format or password protected. Save it as .xlsx without a password and try again.',
    truncated: 'The file is incomplete (truncated). Save the workbook again and retry.',
    corrupt: 'The file is damaged and cannot be read ({{detail}}).',
    encrypted: 'The file has encrypted parts and cannot be read.',
    'too-many-entries': 'The file has {{count, number}} parts; at most {{max, number}} are allowed.',
    'zip-bomb':
      'The file expands to {{sizeMb}} MB ({{ratio}} times its size). It is refused as a possible zip bomb (at most {{maxMb}} MB and {{maxRatio}} times).',
    'not-workbook': 'The file is a zip file but not an Excel workbook (xl/workbook.xml is missing).',
    'too-many-rows': 'The sheet «{{sheet}}» has more than {{max, number}} rows. At most {{max, number}} rows can be imported.',
    'too-many-columns': 'The sheet «{{sheet}}» has data in column {{column}}. At most {{max, number}} columns can be imported.',
    'too-many-cells': 'The sheet «{{sheet}}» has more than {{max, number}} cells. Workbooks this large cannot be imported.',
    timeout: 'The import took more than {{seconds}} seconds and was stopped. The file is too large or too complex.',
    unreadable: 'The workbook could not be read: {{detail}}',
  },
};

/** Excel export/import messages in bokmål and English. */
export const excel = { nb, en } satisfies CatalogueModule;

/** The bokmål templates, typed, for shared/excel to build its Norwegian messages. */
export const excelNb = nb;
