/**
 * Limits that keep the app exact and standing (grenser): the sum of all amounts in one
 * plan, and numbers in a plan file that cannot be read exactly.
 */
import type { CatalogueModule } from './index';

/** Meldinger om grenser for plan og plan-fil. */
export const limits: CatalogueModule = {
  nb: {
    documentKroner:
      'Summen av alle beløp i planen er over grensen på {{max, number}} kr. Så store summer kan ikke regnes ut nøyaktig. Del planen i flere filer eller rett beløpene.',
    numberNotExact:
      'Tallet «{{text}}» på linje {{line}}, kolonne {{column}} kan ikke leses nøyaktig (det er for stort eller for nær null). Rett tallet i filen.',
  },
  en: {
    documentKroner:
      'The sum of all amounts in the plan is over the limit of NOK {{max, number}}. Sums that large cannot be computed exactly. Split the plan into several files or correct the amounts.',
    numberNotExact:
      'The number «{{text}}» on line {{line}}, column {{column}} cannot be read exactly (it is too large or too close to zero). Correct the number in the file.',
  },
};
