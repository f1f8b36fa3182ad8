/** Saving in the app (IndexedDB) and working in several windows: errors and the read-only banner. */
import type { CatalogueModule } from './index';

/** Meldinger om lagring i appen (lagringsfeil) og om planen er åpen i flere vinduer. */
export const storage: CatalogueModule = {
  nb: {
    error: {
      quotaExceeded: 'Lagringsplassen på maskinen er full, så endringene kunne ikke lagres i appen. Frigjør plass eller lagre planen til fil.',
      databaseClosed: 'Forbindelsen til lagringen i appen ble brutt. Lagre planen til fil og start appen på nytt.',
      aborted: 'Lagringen i appen ble avbrutt. Endringene blir forsøkt lagret igjen ved neste endring. Lagre planen til fil for å være sikker.',
      unknown: 'Lagringen i appen feilet av en ukjent grunn. Lagre planen til fil for å være sikker.',
      invalidState: 'Lagringen i appen er ikke tilgjengelig nå. Lagre planen til fil og start appen på nytt.',
      readOnly: 'Planen er åpen for redigering i et annet vindu. Endringen ble ikke gjort her.',
    },
    unsaved: 'Endringer er ikke lagret i appen',
    keptHere: 'Endringene dine er tatt vare på i nettleseren og blir lagt inn neste gang planen åpnes.',
    saveToFile: 'Lagre til fil …',
    readOnlyStatus: 'Bare lesing',
    readOnlyBanner: 'Åpen i et annet vindu — bare lesing. Endringer gjort der vises her med en gang.',
    takeOver: 'Ta over redigering',
  },
  en: {
    error: {
      quotaExceeded: 'The storage on this computer is full, so the changes could not be saved in the app. Free up space or save the plan to a file.',
      databaseClosed: 'The connection to the storage in the app was lost. Save the plan to a file and restart the app.',
      aborted: 'Saving in the app was interrupted. The app tries again with the next change. Save the plan to a file to be safe.',
      unknown: 'Saving in the app failed for an unknown reason. Save the plan to a file to be safe.',
      invalidState: 'The storage in the app is not available right now. Save the plan to a file and restart the app.',
      readOnly: 'The plan is open for editing in another window. The change was not made here.',
    },
    unsaved: 'Changes are not saved in the app',
    keptHere: 'Your changes are kept in the browser and will be applied the next time the plan is opened.',
    saveToFile: 'Save to file …',
    readOnlyStatus: 'Read only',
    readOnlyBanner: 'Open in another window — read only. Changes made there show here at once.',
    takeOver: 'Take over editing',
  },
};
