/** Common words and labels used across screens. */
import type { CatalogueModule } from './index';

export const common: CatalogueModule = {
  nb: {
    appName: 'Handlingsrom',
    language: 'Språk',
    languages: { nb: 'Norsk (bokmål)', en: 'English' },
    save: 'Lagre',
    cancel: 'Avbryt',
    close: 'Lukk',
    delete: 'Slett',
    add: 'Legg til',
    edit: 'Rediger',
    back: 'Tilbake',
    loading: 'Laster …',
    unexpectedError: 'Noe gikk galt. Ingenting er endret.',
    unknownReason: 'ukjent feil',
  },
  en: {
    appName: 'Handlingsrom',
    language: 'Language',
    languages: { nb: 'Norsk (bokmål)', en: 'English' },
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    add: 'Add',
    edit: 'Edit',
    back: 'Back',
    loading: 'Loading …',
    unexpectedError: 'Something went wrong. Nothing was changed.',
    unknownReason: 'unknown error',
  },
};
