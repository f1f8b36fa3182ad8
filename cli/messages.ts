/**
 * The command line's own texts (bokmål; the CLI is a Norwegian tool for automation and
 * tests). Messages about workbooks and plan files come from shared/ as they are.
 */
import { interpolate } from '@shared/rules/messages';

/** Usage text for `--help`. */
export const HELP = `Handlingsrom – kommandolinje for planfiler og budsjettarbeidsbøker

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
  -h, --help    vis denne hjelpen

Avslutningskoder: 0 = ok, 1 = funn med alvorlighet «feil» eller avvist fil, 2 = feil bruk.
`;

const TEXTS = {
  unknownCommand: 'Ukjent kommando «{{command}}». Se handlingsrom --help.',
  missingCommand: 'Mangler kommando. Se handlingsrom --help.',
  badOption: 'Feil i valgene: {{detail}}. Se handlingsrom --help.',
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
} as const;

/** A CLI text with its values filled in. */
export function t(key: keyof typeof TEXTS, params: Record<string, string | number> = {}): string {
  return interpolate(TEXTS[key], params);
}

/** Labels of the totals in `check` (without --json). */
export const TOTAL_LABELS = {
  cost: 'Kostnad',
  ownFunds: 'Egne midler',
  partnerFunds: 'Partnerfinansiering',
  externalFunds: 'Eksterne midler',
  uncovered: 'Udekket',
  frameOwnFunds: 'Ramme (egne midler)',
  margin: 'Margin (negativ = overskridelse)',
  hours: 'Timeverk',
  capacityHours: 'Kapasitet (timer)',
} as const;

/** Severity labels for findings. */
export const SEVERITY_LABELS = { error: 'FEIL', warning: 'ADVARSEL', info: 'INFO' } as const;
