/**
 * What a screen shows when it crashed (feilgrense): what happened and the ways back. The
 * plan itself is safe in the local database and opens again from the start screen.
 */
import type { CatalogueModule } from './index';

/** Meldinger når en skjerm krasjer. */
export const crash: CatalogueModule = {
  nb: {
    title: 'Noe gikk galt på denne siden',
    body: 'Siden «{{screen}}» stoppet på grunn av en feil i Handlingsrom. Planen din er ikke berørt: endringene er lagret lokalt, og du kan åpne planen igjen fra startsiden.',
    detail: 'Teknisk beskrivelse',
    retry: 'Prøv igjen',
    home: 'Tilbake til start',
    reload: 'Last inn på nytt',
  },
  en: {
    title: 'Something went wrong on this page',
    body: 'The page «{{screen}}» stopped because of an error in Handlingsrom. Your plan is not affected: your changes are saved locally, and you can open the plan again from the start screen.',
    detail: 'Technical description',
    retry: 'Try again',
    home: 'Back to start',
    reload: 'Reload',
  },
};
