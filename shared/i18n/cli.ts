/**
 * The command line's own texts (`cli.*`): help, usage errors, file errors, the lines of
 * `check` and `import`. Bokmål by default; `--lang en` uses the English texts.
 */
import type { CatalogueModule } from './index';

export const cli: CatalogueModule = {
  nb: {
    help: `Handlingsrom – kommandolinje for planfiler og budsjettarbeidsbøker

Bruk:
  handlingsrom example --out PLAN [--force]
      Skriver eksempelplanen (oppdiktede data) til PLAN.
  handlingsrom check PLAN --year ÅÅÅÅ [--json]
      Kjører kontrollen for handlingsplanen ÅÅÅÅ: summer, ramme, margin og funn.
  handlingsrom export PLAN --year ÅÅÅÅ --out BUDSJETT.xlsx [--force]
      Lager budsjettarbeidsboken (Excel) for handlingsplanen ÅÅÅÅ.
  handlingsrom import BUDSJETT.xlsx --into PLAN --year ÅÅÅÅ [--dry-run]
      Leser arbeidsboken tilbake, viser hva som endres, og oppdaterer PLAN
      bare når hele arbeidsboken er gyldig (--dry-run: bare vis endringene).

Valg:
  --year ÅÅÅÅ   året for handlingsplanen
  --out FIL     hvor resultatet skrives (finnes filen, kreves --force)
  --into PLAN   planfilen importen oppdaterer
  --json        skriv kontrollresultatet som JSON
  --dry-run     vis endringene uten å skrive planfilen
  --force       overskriv en fil som finnes
  --lang nb|en  språk for meldingene (standard: nb)
  -h, --help    vis denne hjelpen

Avslutningskoder: 0 = ok, 1 = funn med alvorlighet «feil» eller avvist fil, 2 = feil bruk.
`,
    unknownCommand: 'Ukjent kommando «{{command}}». Se handlingsrom --help.',
    missingCommand: 'Mangler kommando. Se handlingsrom --help.',
    badOption: 'Feil i valgene. Se handlingsrom --help.',
    badOptionNamed: 'Feil i valgene: «{{option}}». Se handlingsrom --help.',
    badLanguage: '--lang må være nb eller en, ikke «{{value}}».',
    missingArgument: 'Kommandoen «{{command}}» trenger {{what}}. Se handlingsrom --help.',
    extraArgument: 'Uventet argument «{{arg}}». Se handlingsrom --help.',
    badYear: '--year må være et årstall (fire sifre), ikke «{{value}}».',
    fileMissing: 'Fant ikke filen {{path}}.',
    fileUnreadable: 'Kunne ikke lese {{path}}: {{detail}}',
    fileTooLarge: 'Filen {{path}} er for stor ({{sizeMb}} MB).',
    fileExists: 'Filen {{path}} finnes fra før. Bruk --force for å overskrive den.',
    writeFailed: 'Kunne ikke skrive {{path}}: {{detail}}',
    planInvalid: 'Planfilen {{path}} kan ikke brukes:',
    exampleWritten: 'Eksempelplanen er skrevet til {{path}}.',
    exported: 'Budsjettarbeidsboken for {{year}} er skrevet til {{path}} ({{count}} tiltak).',
    exportFailed: 'Kunne ikke lage arbeidsboken: {{detail}}',
    reasonUnknown: 'ukjent feil',
    unexpected: 'Uventet feil i Handlingsrom; ingen fil er endret. Kjør kommandoen på nytt med HANDLINGSROM_DEBUG=1 for tekniske detaljer, og meld fra om feilen.',
    importErrors: 'Arbeidsboken {{path}} har {{count}} feil. Planfilen er ikke endret.',
    importHeader: 'Import fra {{path}} til handlingsplanen for {{year}}:',
    importStarter: '  (startark: hver rad blir et nytt tiltak)',
    noChanges: 'Ingen endringer: arbeidsboken er lik planen. Planfilen er ikke endret.',
    dryRun: 'Tørrkjøring: planfilen er ikke endret.',
    imported: 'Planfilen {{path}} er oppdatert.',
    added: '  Nye tiltak ({{count}}):',
    changed: '  Endrede tiltak ({{count}}):',
    removed: '  Tiltak som fjernes ({{count}}):',
    frame: '  Rammer: {{fields}}',
    actionLine: '    {{number}} «{{title}}»',
    changedLine: '    {{number}} «{{title}}»: {{fields}}',
    checkHeader: 'Kontroll av handlingsplanen for {{year}} – {{strategy}}',
    findingsHeader: 'Funn ({{count}}):',
    noFindings: 'Ingen funn.',
    progress: '{{what}} … {{done}} av {{total}}',
    exporting: 'Eksporterer',
    reading: 'Leser',
    what: {
      planFile: 'en planfil',
      workbook: 'en arbeidsbok (.xlsx)',
      workbookOut: '--out BUDSJETT.xlsx',
      year: '--year ÅÅÅÅ',
    },
    totals: {
      cost: 'Kostnad',
      ownFunds: 'Egne midler',
      partnerFunds: 'Partnerfinansiering',
      externalFunds: 'Eksterne midler',
      uncovered: 'Udekket',
      frameOwnFunds: 'Ramme (egne midler)',
      margin: 'Margin (negativ = overskridelse)',
      hours: 'Timeverk',
      capacityHours: 'Kapasitet (timer)',
    },
    severity: { error: 'FEIL', warning: 'ADVARSEL', info: 'INFO' },
  },
  en: {
    help: `Handlingsrom – command line for plan files and budget workbooks

Usage:
  handlingsrom example --out PLAN [--force]
      Writes the example plan (made-up data) to PLAN.
  handlingsrom check PLAN --year YYYY [--json]
      Runs the check for the action plan YYYY: totals, frame, margin and findings.
  handlingsrom export PLAN --year YYYY --out BUDGET.xlsx [--force]
      Makes the budget workbook (Excel) for the action plan YYYY.
  handlingsrom import BUDGET.xlsx --into PLAN --year YYYY [--dry-run]
      Reads the workbook back, shows what changes, and updates PLAN
      only when the whole workbook is valid (--dry-run: only show the changes).

Options:
  --year YYYY   the year of the action plan
  --out FILE    where the result is written (an existing file needs --force)
  --into PLAN   the plan file the import updates
  --json        write the check result as JSON
  --dry-run     show the changes without writing the plan file
  --force       overwrite an existing file
  --lang nb|en  language of the messages (default: nb)
  -h, --help    show this help

Exit codes: 0 = ok, 1 = findings of severity «error» or a refused file, 2 = wrong usage.
`,
    unknownCommand: 'Unknown command «{{command}}». See handlingsrom --help.',
    missingCommand: 'Missing command. See handlingsrom --help.',
    badOption: 'Error in the options. See handlingsrom --help.',
    badOptionNamed: 'Error in the options: «{{option}}». See handlingsrom --help.',
    badLanguage: '--lang must be nb or en, not «{{value}}».',
    missingArgument: 'The command «{{command}}» needs {{what}}. See handlingsrom --help.',
    extraArgument: 'Unexpected argument «{{arg}}». See handlingsrom --help.',
    badYear: '--year must be a year (four digits), not «{{value}}».',
    fileMissing: 'File {{path}} not found.',
    fileUnreadable: 'Could not read {{path}}: {{detail}}',
    fileTooLarge: 'The file {{path}} is too large ({{sizeMb}} MB).',
    fileExists: 'The file {{path}} already exists. Use --force to overwrite it.',
    writeFailed: 'Could not write {{path}}: {{detail}}',
    planInvalid: 'The plan file {{path}} cannot be used:',
    exampleWritten: 'The example plan was written to {{path}}.',
    exported: 'The budget workbook for {{year}} was written to {{path}} ({{count}} actions).',
    exportFailed: 'Could not make the workbook: {{detail}}',
    reasonUnknown: 'unknown error',
    unexpected: 'Unexpected error in Handlingsrom; no file was changed. Run the command again with HANDLINGSROM_DEBUG=1 for technical details, and report the error.',
    importErrors: 'The workbook {{path}} has {{count}} errors. The plan file is unchanged.',
    importHeader: 'Import from {{path}} into the action plan for {{year}}:',
    importStarter: '  (starter sheet: every row becomes a new action)',
    noChanges: 'No changes: the workbook matches the plan. The plan file is unchanged.',
    dryRun: 'Dry run: the plan file is unchanged.',
    imported: 'The plan file {{path}} was updated.',
    added: '  New actions ({{count}}):',
    changed: '  Changed actions ({{count}}):',
    removed: '  Actions to be removed ({{count}}):',
    frame: '  Frame: {{fields}}',
    actionLine: '    {{number}} «{{title}}»',
    changedLine: '    {{number}} «{{title}}»: {{fields}}',
    checkHeader: 'Check of the action plan for {{year}} – {{strategy}}',
    findingsHeader: 'Findings ({{count}}):',
    noFindings: 'No findings.',
    progress: '{{what}} … {{done}} of {{total}}',
    exporting: 'Exporting',
    reading: 'Reading',
    what: {
      planFile: 'a plan file',
      workbook: 'a workbook (.xlsx)',
      workbookOut: '--out BUDGET.xlsx',
      year: '--year YYYY',
    },
    totals: {
      cost: 'Cost',
      ownFunds: 'Own funds',
      partnerFunds: 'Partner funding',
      externalFunds: 'External funds',
      uncovered: 'Uncovered',
      frameOwnFunds: 'Frame (own funds)',
      margin: 'Margin (negative = overrun)',
      hours: 'Hours',
      capacityHours: 'Capacity (hours)',
    },
    severity: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
  },
};
