/** The start screen: templates, example, open file, recent files, stored strategies. */
import type { CatalogueModule } from './index';

/** Meldinger for startsiden (maler, eksempel, åpne fil, nylige filer). */
export const start: CatalogueModule = {
  nb: {
    title: 'Handlingsrom',
    lead: 'Fra strategiske føringer til årlige handlingsplaner – med kontroll mot de økonomiske rammene. Alt lagres på denne maskinen.',
    templates: {
      heading: 'Start fra en mal',
      intro: 'Malene inneholder føringene slik kildedokumentet beskriver dem. Handlingsplanene lager du selv.',
      period: 'Periode {{from}}–{{to}}',
      use: 'Start fra «{{name}}»',
    },
    example: {
      heading: 'Prøv med et eksempel',
      name: 'Eksempel – oppdiktede data',
      description: 'En ferdig utfylt plan med oppdiktede tiltak, beløp og rammer – til å prøve appen uten å røre egne data.',
      use: 'Åpne eksemplet',
    },
    open: {
      heading: 'Åpne en planfil',
      hint: 'Planfiler har endelsen .handlingsrom (eller .json).',
      button: 'Åpne fil …',
    },
    recent: {
      heading: 'Nylig brukte filer',
      empty: 'Ingen nylig brukte filer.',
      webHint: 'I nettleseren kan appen ikke åpne en fil ut fra navnet. Velg filen på nytt med «Åpne fil …».',
      openedAt: 'sist brukt {{date}}',
      reopen: 'Åpne «{{name}}»',
    },
    stored: {
      heading: 'Fortsett der du slapp',
      empty: 'Ingen strategier er lagret i appen ennå.',
      changed: 'endret {{date}}',
      plans_one: '{{count}} handlingsplan',
      plans_other: '{{count}} handlingsplaner',
      continue: 'Fortsett med «{{name}}»',
      delete: 'Slett «{{name}}»',
      deleteConfirm: 'Slette «{{name}}» med alle handlingsplaner og tiltak fra appen? Den kan gjenopprettes fra papirkurven i 30 dager. Planfiler du har lagret, berøres ikke.',
      deleteTitle: 'Slette strategien?',
      deleteButton: 'Slett',
    },
    busy: 'Oppretter …',
    createFailed: 'Strategien kunne ikke opprettes: {{message}}',
  },
  en: {
    title: 'Handlingsrom',
    lead: 'From strategic guidelines to yearly action plans – checked against the budget frame. Everything is stored on this computer.',
    templates: {
      heading: 'Start from a template',
      intro: 'The templates hold the strategy as the source document describes it. You write the action plans yourself.',
      period: 'Period {{from}}–{{to}}',
      use: 'Start from “{{name}}”',
    },
    example: {
      heading: 'Try an example',
      name: 'Example – fictitious data',
      description: 'A filled-in plan with fictitious actions, amounts and frames – to try the app without touching your own data.',
      use: 'Open the example',
    },
    open: {
      heading: 'Open a plan file',
      hint: 'Plan files end in .handlingsrom (or .json).',
      button: 'Open file …',
    },
    recent: {
      heading: 'Recent files',
      empty: 'No recent files.',
      webHint: 'In the browser the app cannot open a file by its name. Pick the file again with “Open file …”.',
      openedAt: 'last used {{date}}',
      reopen: 'Open “{{name}}”',
    },
    stored: {
      heading: 'Continue where you left off',
      empty: 'No strategies are stored in the app yet.',
      changed: 'changed {{date}}',
      plans_one: '{{count}} action plan',
      plans_other: '{{count}} action plans',
      continue: 'Continue with “{{name}}”',
      delete: 'Delete “{{name}}”',
      deleteConfirm: 'Delete “{{name}}” with all its action plans and actions from the app? It can be restored from the recycle bin for 30 days. Plan files you have saved are not affected.',
      deleteTitle: 'Delete the strategy?',
      deleteButton: 'Delete',
    },
    busy: 'Creating …',
    createFailed: 'The strategy could not be created: {{message}}',
  },
};
