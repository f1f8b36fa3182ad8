/**
 * What the start screen shows of the built-in templates (maler): ids, names, periods and
 * descriptions — without the templates' content, which loads when the user starts from one
 * (issue 13, first load). The content lives in osloregionen.ts and ostfold.ts.
 */
import type { TemplateInfo } from './types';

/** Id of the Osloregionen template. */
export const OSLOREGIONEN_TEMPLATE_ID = 'osloregionen-2025-2028';

/** Id of the Østfold template. */
export const OSTFOLD_TEMPLATE_ID = 'ostfold-2024-2027';

/** Start-screen information for the Osloregionen template. */
export const OSLOREGIONEN_INFO: TemplateInfo = {
  id: OSLOREGIONEN_TEMPLATE_ID,
  name: 'Strategiske føringer 2025–2028',
  organisation: 'Osloregionen IPR',
  periodFrom: 2025,
  periodTo: 2028,
  description: {
    nb: 'Visjon, overordnet mål, seks overordnede strategier og fire innsatsområder (Næringsutvikling, By- og regionalutvikling, Klima, miljø og natur, Samferdsel).',
    en: 'Vision, overall goal, six overarching strategies and four priority areas (business development, urban and regional development, climate, environment and nature, transport).',
  },
  source: {
    nb: 'Strategiske føringer 2025-2028 for Osloregionen IPR, førsteutkast per 12. mars 2024',
    en: 'Strategiske føringer 2025-2028 for Osloregionen IPR, first draft as of 12 March 2024',
  },
};

/** Start-screen information for the Østfold template. */
export const OSTFOLD_INFO: TemplateInfo = {
  id: OSTFOLD_TEMPLATE_ID,
  name: 'Strategisk plattform 2024–27',
  organisation: 'Partnerskap for næringsutvikling i Østfold',
  periodFrom: 2024,
  periodTo: 2027,
  description: {
    nb: 'Strategisk fundament (visjon, oppdrag, roller, verdier, formål), tre innsatsområder (Grønt industriløft, Bioøkonomi, Digital omstilling) og tre støtteområder (Attraksjonskraft, Kapital, Kompetanse og inkludering).',
    en: 'Strategic foundation (vision, mission, roles, values, purpose), three priority areas (green industrial lift, bioeconomy, digital transformation) and three support areas (attractiveness, capital, skills and inclusion).',
  },
  source: {
    nb: 'Partnerskap for næringsutvikling i Østfold: Strategisk plattform 2024-27, vedtatt mars 2024',
    en: 'Partnerskap for næringsutvikling i Østfold: Strategisk plattform 2024-27, adopted March 2024',
  },
  countsOnFiveFactors: true,
};

/** Innebygde maler: the built-in templates, in the order the start screen lists them. */
export const TEMPLATES: readonly TemplateInfo[] = [OSLOREGIONEN_INFO, OSTFOLD_INFO];
