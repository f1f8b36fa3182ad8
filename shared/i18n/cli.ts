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
  handlingsrom status PLAN --year ÅÅÅÅ [--period P] [--json]
      Oppfølgingen av handlingsplanen ÅÅÅÅ i periode P (T1, T2, T3, K1–K4 eller
      planens egne; standard: siste periode med statusoppdateringer): antall
      tiltak per status, KPI-måloppnåelse, forbruk per innsatsområde og listen
      «Trenger oppmerksomhet». En lukket periode vises fra øyeblikksbildet.
  handlingsrom report PLAN --year ÅÅÅÅ --period P --out RAPPORT.docx [--force]
      Lager rapporten for periode P som Word-dokument: tertialrapport (eller
      kvartals-/periodrapport), og årsrapport for årets siste periode (T3, K4
      eller planens siste egne periode). En lukket periode rapporteres fra
      øyeblikksbildet.
  handlingsrom status-export PLAN --year ÅÅÅÅ --period P --out STATUS.xlsx
                            [--force] [--owner NAVN]
      Lager statusarket (Excel) for periode P: tiltakene med siste status og
      tomme kolonner for ny status, kommentar, KPI-verdier, forbruk og frist
      (--owner: bare tiltakene med denne ansvarlige).
  handlingsrom status-import STATUS.xlsx --into PLAN --year ÅÅÅÅ --period P
                            [--dry-run]
      Leser statusarket tilbake, viser hvilke tiltak som får ny status, og
      legger oppdateringene inn i PLAN bare når hele arket er gyldig.
  handlingsrom serve --data MAPPE --port N [--host 127.0.0.1] [--postgres URL]
                     [--redis URL] [--web WEBAPP] [--allow-insecure]
      Starter team-serveren (Hocuspocus): én delt strategi per dokument
      «<arbeidsområde>/<strategi-id>», lagret i MAPPE (eller i PostgreSQL).
      Stoppes med Ctrl+C; åpne dokumenter lagres først.
  handlingsrom team add-member NAVN --data MAPPE [--role redaktør|leser]
                   [--workspace ARBEIDSOMRÅDE]
      Legger til et medlem og skriver ut det personlige tokenet (bare én gang).
  handlingsrom team revoke NAVN --data MAPPE
      Trekker tilbake tilgangen; åpne tilkoblinger lukkes.
  handlingsrom team list --data MAPPE [--json]
      Viser medlemmene.

Valg:
  --year ÅÅÅÅ   året for handlingsplanen
  --period P    rapporteringsperioden (kortnavn)
  --owner NAVN  bare tiltakene med denne ansvarlige (status-export)
  --out FIL     hvor resultatet skrives (finnes filen, kreves --force)
  --into PLAN   planfilen importen oppdaterer
  --json        skriv resultatet som JSON
  --dry-run     vis endringene uten å skrive planfilen
  --force       overskriv en fil som finnes
  --lang nb|en  språk for meldingene (standard: nb)
  -h, --help    vis denne hjelpen

Team-serveren:
  --data MAPPE       datamappen: team.json (tokenenes hasher) og dokumentene
  --port N           TCP-porten (0 = en ledig port)
  --host ADRESSE     grensesnittet (standard 127.0.0.1); en annen adresse enn
                     loopback krever TLS foran (omvendt proxy) og --allow-insecure
  --postgres URL     lagre dokumentene i PostgreSQL (eller HANDLINGSROM_POSTGRES_URL)
  --redis URL        flere serverinstanser bak én lastbalanserer (eller
                     HANDLINGSROM_REDIS_URL)
  --web WEBAPP       server også den bygde webappen (dist/renderer) fra samme
                     adresse, så nettleseren synkroniserer med denne serveren
  --role ROLLE       redaktør (standard) eller leser (bare lese)
  --workspace NAVN   arbeidsområdet medlemmet får tilgang til (standard: standard)

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
    reportWritten: '«{{title}}» er skrevet til {{path}}.',
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
      period: '--period P',
      reportOut: '--out RAPPORT.docx',
    },
    statusWorkbook: {
      what: { out: '--out STATUS.xlsx' },
      exported: 'Statusarket for {{year}} {{period}} er skrevet til {{path}} (fyll ut arket «{{sheet}}»).',
      importErrors: 'Statusarket {{path}} har {{count}} feil. Planfilen er ikke endret.',
      importHeader: 'Statusimport fra {{path}} til handlingsplanen for {{year}}, {{period}}:',
      updateLine: '  {{number}} «{{title}}»: {{before}} → {{after}}',
      noStatus: 'ingen status',
      noUpdates: 'Statusarket har ingen utfylte rader. Planfilen er ikke endret.',
      imported_one: 'Planfilen {{path}} er oppdatert med {{count}} statusoppdatering.',
      imported_other: 'Planfilen {{path}} er oppdatert med {{count}} statusoppdateringer.',
    },
    status: {
      header: 'Oppfølging av handlingsplanen for {{year}}, {{period}} – {{strategy}}',
      closed: 'Perioden ble lukket {{date}} av {{by}}; tallene er fra øyeblikksbildet.',
      counts_one: 'Status ({{count}} tiltak): {{counts}}',
      counts_other: 'Status ({{count}} tiltak): {{counts}}',
      kpi: 'KPI-måloppnåelse: {{progress}} ({{weighting}}; {{count}} tiltak med målbar KPI)',
      noKpi: 'KPI-måloppnåelse: ingen målbare KPI-er ennå',
      spending: 'Forbruk: {{spent}} av kostnad {{cost}} ({{percent}})',
      frame: 'Egne midler brukt: {{spent}} av rammen {{frame}} ({{percent}})',
      areasHeader: 'Per innsatsområde / støtteområde:',
      areaFigures: 'KPI {{kpi}} · forbruk {{spent}} av {{cost}}',
      attentionHeader: 'Trenger oppmerksomhet ({{count}}):',
      noAttention: 'Ingenting trenger oppmerksomhet.',
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
    serve: {
      badPort: '--port må være et tall fra 0 til 65535, ikke «{{value}}».',
      insecureHost:
        'Nekter å lytte på {{host}} uten TLS: tokener og planer ville gått ukryptert over nettet. Lytt på 127.0.0.1, eller sett en omvendt proxy med TLS foran serveren og start med --allow-insecure.',
      insecureWarning: 'Lytter på {{host}} uten TLS (--allow-insecure): bare trygt med en omvendt proxy med TLS foran.',
      dataDirUnusable: 'Datamappen {{path}} kan ikke brukes: {{detail}}',
      dataDirLocked: 'Datamappen {{path}} brukes allerede av en annen team-server (prosess {{pid}}). Bare én server kan skrive dokumentfilene.',
      startFailed: 'Kunne ikke starte team-serveren: {{detail}}',
      listening: 'Team-serveren kjører på {{url}} (data: {{data}}, lagring: {{storage}}). Ctrl+C stopper den.',
      storageFiles: 'filer',
      storagePostgres: 'PostgreSQL',
      webApp: 'Webappen (fra {{dir}}) åpnes på {{url}} og synkroniserer med denne serveren.',
      webDirUnusable: '{{path}} er ikke en bygd webapp (mangler index.html). Bygg den med «npm run build:renderer» og bruk dist/renderer.',
      stopping: 'Stopper team-serveren og lagrer åpne dokumenter …',
      stopped: 'Team-serveren er stoppet.',
      refused: 'Avviste en tilkobling til {{document}} fra {{address}}.',
      revokedClosed: 'Lukket tilkoblingen til {{member}} ({{document}}): tilgangen er trukket tilbake.',
    },
    team: {
      unknownCommand: 'Ukjent team-kommando «{{command}}». Bruk add-member, revoke eller list.',
      memberAdded: 'La til {{name}} ({{role}}) i arbeidsområdet «{{workspace}}». Det personlige tokenet står under og vises bare nå: gi det til {{name}} på en trygg måte.',
      memberExists: '{{name}} er allerede medlem. Trekk tilbake tilgangen først (team revoke) for å lage et nytt token.',
      memberUnknown: 'Fant ikke noe aktivt medlem med navnet «{{name}}».',
      badRole: '--role må være redaktør eller leser, ikke «{{value}}».',
      badWorkspace: '--workspace kan bare ha bokstavene a–z, sifre, _ og - (høyst 64 tegn), ikke «{{value}}».',
      badName: 'Navnet kan ikke være tomt eller lengre enn 100 tegn.',
      teamFileInvalid: 'Teamfilen {{path}} kan ikke brukes: {{detail}}',
      revoked: 'Tilgangen til {{name}} er trukket tilbake. Åpne tilkoblinger lukkes i løpet av noen sekunder.',
      listHeader: 'Medlemmer ({{count}}):',
      listEmpty: 'Ingen medlemmer ennå. Legg til med: handlingsrom team add-member NAVN --data MAPPE',
      active: 'aktiv fra {{date}}',
      revokedStatus: 'trukket tilbake {{date}}',
      what: { name: 'et navn', data: '--data MAPPE', port: '--port N' },
    },
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
  handlingsrom status PLAN --year YYYY [--period P] [--json]
      The follow-up of the action plan YYYY in period P (T1, T2, T3, K1–K4 or
      the plan's own; default: the last period with status updates): actions
      per status, KPI achievement, spending per focus area and the list
      “Needs attention”. A closed period is shown from its snapshot.
  handlingsrom report PLAN --year YYYY --period P --out REPORT.docx [--force]
      Makes the report for period P as a Word document: the tertial (or
      quarterly / period) report, and the annual report for the year's last
      period (T3, K4 or the plan's last own period). A closed period is
      reported from its snapshot.
  handlingsrom status-export PLAN --year YYYY --period P --out STATUS.xlsx
                            [--force] [--owner NAME]
      Writes the status workbook (Excel) for period P: the actions with their
      last status and empty columns for the new status, comment, KPI values,
      spending and deadline (--owner: only the actions of this owner).
  handlingsrom status-import STATUS.xlsx --into PLAN --year YYYY --period P
                            [--dry-run]
      Reads the status workbook back, shows which actions get a new status,
      and adds the updates to PLAN only when the whole workbook is valid.
  handlingsrom serve --data DIR --port N [--host 127.0.0.1] [--postgres URL]
                     [--redis URL] [--web WEBAPP] [--allow-insecure]
      Starts the team server (Hocuspocus): one shared strategy per document
      «<workspace>/<strategy id>», stored in DIR (or in PostgreSQL).
      Stop it with Ctrl+C; open documents are stored first.
  handlingsrom team add-member NAME --data DIR [--role redaktør|leser]
                   [--workspace WORKSPACE]
      Adds a member and prints the personal token (only this once).
  handlingsrom team revoke NAME --data DIR
      Revokes the access; open connections are closed.
  handlingsrom team list --data DIR [--json]
      Lists the members.

Options:
  --year YYYY   the year of the action plan
  --period P    the reporting period (short name)
  --owner NAME  only the actions of this owner (status-export)
  --out FILE    where the result is written (an existing file needs --force)
  --into PLAN   the plan file the import updates
  --json        write the result as JSON
  --dry-run     show the changes without writing the plan file
  --force       overwrite an existing file
  --lang nb|en  language of the messages (default: nb)
  -h, --help    show this help

Team server:
  --data DIR         the data folder: team.json (hashes of the tokens) and the documents
  --port N           TCP port (0 = a free port)
  --host ADDRESS     the interface (default 127.0.0.1); an address other than
                     loopback needs TLS in front (reverse proxy) and --allow-insecure
  --postgres URL     store the documents in PostgreSQL (or HANDLINGSROM_POSTGRES_URL)
  --redis URL        several server instances behind one load balancer (or
                     HANDLINGSROM_REDIS_URL)
  --web WEBAPP       also serve the built web app (dist/renderer) from the same
                     address, so the browser syncs with this server
  --role ROLE        redaktør (editor, default) or leser (reader, read only)
  --workspace NAME   the workspace the member gets access to (default: standard)

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
    reportWritten: '“{{title}}” was written to {{path}}.',
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
      period: '--period P',
      reportOut: '--out REPORT.docx',
    },
    statusWorkbook: {
      what: { out: '--out STATUS.xlsx' },
      exported: 'The status workbook for {{year}} {{period}} is written to {{path}} (fill in the sheet «{{sheet}}»).',
      importErrors: 'The status workbook {{path}} has {{count}} errors. The plan file is unchanged.',
      importHeader: 'Status import from {{path}} into the action plan for {{year}}, {{period}}:',
      updateLine: '  {{number}} «{{title}}»: {{before}} → {{after}}',
      noStatus: 'no status',
      noUpdates: 'The status workbook has no filled-in rows. The plan file is unchanged.',
      imported_one: 'The plan file {{path}} is updated with {{count}} status update.',
      imported_other: 'The plan file {{path}} is updated with {{count}} status updates.',
    },
    status: {
      header: 'Follow-up of the action plan for {{year}}, {{period}} – {{strategy}}',
      closed: 'The period was closed {{date}} by {{by}}; the figures are from the snapshot.',
      counts_one: 'Status ({{count}} action): {{counts}}',
      counts_other: 'Status ({{count}} actions): {{counts}}',
      kpi: 'KPI achievement: {{progress}} ({{weighting}}; {{count}} actions with a measurable KPI)',
      noKpi: 'KPI achievement: no measurable KPIs yet',
      spending: 'Spending: {{spent}} of cost {{cost}} ({{percent}})',
      frame: 'Own funds used: {{spent}} of the frame {{frame}} ({{percent}})',
      areasHeader: 'Per focus area / support area:',
      areaFigures: 'KPI {{kpi}} · spending {{spent}} of {{cost}}',
      attentionHeader: 'Needs attention ({{count}}):',
      noAttention: 'Nothing needs attention.',
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
    serve: {
      badPort: '--port must be a number from 0 to 65535, not «{{value}}».',
      insecureHost:
        'Refusing to listen on {{host}} without TLS: tokens and plans would cross the network unencrypted. Listen on 127.0.0.1, or put a reverse proxy with TLS in front of the server and start it with --allow-insecure.',
      insecureWarning: 'Listening on {{host}} without TLS (--allow-insecure): only safe behind a reverse proxy with TLS.',
      dataDirUnusable: 'The data folder {{path}} cannot be used: {{detail}}',
      dataDirLocked: 'The data folder {{path}} is already used by another team server (process {{pid}}). Only one server can write the document files.',
      startFailed: 'Could not start the team server: {{detail}}',
      listening: 'The team server is running on {{url}} (data: {{data}}, storage: {{storage}}). Ctrl+C stops it.',
      storageFiles: 'files',
      storagePostgres: 'PostgreSQL',
      webApp: 'The web app (from {{dir}}) opens at {{url}} and syncs with this server.',
      webDirUnusable: '{{path}} is not a built web app (no index.html). Build it with «npm run build:renderer» and use dist/renderer.',
      stopping: 'Stopping the team server and storing open documents …',
      stopped: 'The team server has stopped.',
      refused: 'Refused a connection to {{document}} from {{address}}.',
      revokedClosed: 'Closed the connection of {{member}} ({{document}}): the access was revoked.',
    },
    team: {
      unknownCommand: 'Unknown team command «{{command}}». Use add-member, revoke or list.',
      memberAdded: 'Added {{name}} ({{role}}) to the workspace «{{workspace}}». The personal token is below and is shown only now: give it to {{name}} in a safe way.',
      memberExists: '{{name}} is already a member. Revoke the access first (team revoke) to make a new token.',
      memberUnknown: 'No active member named «{{name}}».',
      badRole: '--role must be redaktør or leser, not «{{value}}».',
      badWorkspace: '--workspace may only have the letters a–z, digits, _ and - (at most 64 characters), not «{{value}}».',
      badName: 'The name cannot be empty or longer than 100 characters.',
      teamFileInvalid: 'The team file {{path}} cannot be used: {{detail}}',
      revoked: 'The access of {{name}} was revoked. Open connections are closed within a few seconds.',
      listHeader: 'Members ({{count}}):',
      listEmpty: 'No members yet. Add one with: handlingsrom team add-member NAME --data DIR',
      active: 'active since {{date}}',
      revokedStatus: 'revoked {{date}}',
      what: { name: 'a name', data: '--data DIR', port: '--port N' },
    },
  },
};
