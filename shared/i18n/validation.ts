/**
 * Texts of validation messages (valideringsmeldinger): the codes `zodIssueToMessage`
 * returns for a zod issue, and the codes schemas set as their own `error`. The field is
 * named by the message's location (`where.field`), so these texts say only what is wrong.
 */
import type { CatalogueModule } from './index';

export const validation: CatalogueModule = {
  nb: {
    missing: 'Mangler',
    notInteger: 'Må være et heltall',
    wrongType: 'Feil type verdi',
    notAllowed: 'Ugyldig verdi',
    invalid: 'Ugyldig verdi',
    tooLong: 'Teksten er for lang (høyst {{max, number}} tegn)',
    tooMany: 'For mange elementer (høyst {{max, number}})',
    tooLarge: 'Verdien er for stor (høyst {{max, number}})',
    required: 'Må fylles ut',
    tooShort: 'Teksten er for kort (minst {{min, number}} tegn)',
    tooFew: 'For få elementer (minst {{min, number}})',
    tooSmall: 'Verdien er for liten (minst {{min, number}})',
    badFormat: 'Ugyldig format',
    badKey: 'Ugyldig nøkkel',
    badId: 'Ugyldig id (bare bokstaver, tall, - og _; høyst 64 tegn)',
    badDate: 'Ugyldig dato (forventet ÅÅÅÅ-MM-DD)',
    periodEndsBeforeStart: 'Perioden slutter før den begynner',
    fileTooLarge: 'Filen er for stor',
    kroner: {
      notNumber: 'Beløpet må være et tall',
      notWhole: 'Beløpet må være hele kroner',
      negative: 'Beløpet kan ikke være negativt',
      tooLarge: 'Beløpet er urimelig stort (over 100 milliarder kroner)',
    },
  },
  en: {
    missing: 'Missing',
    notInteger: 'Must be a whole number',
    wrongType: 'Wrong type of value',
    notAllowed: 'Invalid value',
    invalid: 'Invalid value',
    tooLong: 'The text is too long (at most {{max, number}} characters)',
    tooMany: 'Too many items (at most {{max, number}})',
    tooLarge: 'The value is too large (at most {{max, number}})',
    required: 'Must be filled in',
    tooShort: 'The text is too short (at least {{min, number}} characters)',
    tooFew: 'Too few items (at least {{min, number}})',
    tooSmall: 'The value is too small (at least {{min, number}})',
    badFormat: 'Invalid format',
    badKey: 'Invalid key',
    badId: 'Invalid id (only letters, digits, - and _; at most 64 characters)',
    badDate: 'Invalid date (expected YYYY-MM-DD)',
    periodEndsBeforeStart: 'The period ends before it begins',
    fileTooLarge: 'The file is too large',
    kroner: {
      notNumber: 'The amount must be a number',
      notWhole: 'The amount must be whole kroner',
      negative: 'The amount cannot be negative',
      tooLarge: 'The amount is unreasonably large (over 100 billion kroner)',
    },
  },
};
