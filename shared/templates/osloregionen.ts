/**
 * Built-in template: Osloregionen IPR, «Strategiske føringer 2025–2028» (førsteutkast per
 * 12. mars 2024). Transcribed from the document with its own wording; nothing is added
 * that the document does not say. Where it names nothing (utfordringer, tverrgående
 * prosjekter, aktører), the list is empty and ready to fill.
 *
 * Child ids are fixed and readable (`osl_fa_naering`) so tests, the UI and documents
 * made from the template can rely on them.
 */
import type { Strategy } from '../domain/entities';
import { OSLOREGIONEN_INFO, OSLOREGIONEN_TEMPLATE_ID } from './infos';

export { OSLOREGIONEN_INFO, OSLOREGIONEN_TEMPLATE_ID } from './infos';

/** Ids of the overarching strategies («ved å …»), in the document's order. */
export const OSL_GUIDING_STRATEGY_IDS = {
  sustainable: 'osl_gs_baerekraft',
  alliances: 'osl_gs_allianser',
  influence: 'osl_gs_gjennomslag',
  position: 'osl_gs_posisjonere',
  knowledge: 'osl_gs_kunnskap',
  identity: 'osl_gs_identitet',
} as const;

/** Ids of the four innsatsområder. */
export const OSL_FOCUS_AREA_IDS = {
  business: 'osl_fa_naering',
  urban: 'osl_fa_by',
  climate: 'osl_fa_klima',
  transport: 'osl_fa_samferdsel',
} as const;

/** Id of the one satsing the document names: «grønn innovasjon og kraft». */
export const OSL_INITIATIVE_GREEN_ID = 'osl_sat_gronn_innovasjon_kraft';

const NOTES = [
  'Kilde: Strategiske føringer 2025-2028 for Osloregionen IPR (førsteutkast, utkast per 12. mars 2024).',
  '',
  'Målhierarki (2.1):',
  '1. Visjon',
  '2. utfordringer – hvilke utfordringer krever handling?',
  '3. Mål – Hva vil vi?',
  '4. Strategier – Hvordan kommer vi dit?',
  '5. Tiltak (hva skal gjennomføres - ansvar, samarbeidspartnere, finansiering, gjennomføringsdato mm)',
  '6. KPI – Hvilke effekter og resultater skal oppnås?',
  '',
  'Målhierarkiet foreslås imidlertid tilpasset Osloregionens behov og arbeidsform, derfor vil de prioriterte innsatsområdene være tilknyttet og strukturert etter de overordnede strategiene.',
  '',
  'Verdier: ekte, berikende og banebrytende – verdiene i Oslo Region Brand Management Strategy fra 2015, som er Oslo og Osloregionens internasjonale profileringsstrategi (merkevarestrategi).',
  '',
  'Overordnede strategier: Disse strategiene skal være førende for innsatsområdene og prosjektsatsingene for å ivareta helhet og sammenheng, slik at felles retning styrkes opp mot overordnet mål og visjon.',
  '',
  'Tverrgående prosjekter (2.4): Vi foreslår også nye og pågående større prosjekter som styrker visjonen og måloppnåelsene, men som går på tvers av innsatsområdene. Dokumentet navngir ingen ennå.',
  '',
  'Økonomiske rammer og kapasitet (3.2): Selv om handlingsplanen med tiltak ikke skal vurderes i de strategiske føringene bør ambisjonsnivået likevel være i forhold til det økonomiske handlingsrommet.',
].join('\n');

/**
 * Strategiske føringer 2025–2028 for Osloregionen IPR, as a fresh `Strategy` object
 * (strategy id `tpl_osloregionen`; the caller gives it a new id).
 */
export function osloregionenStrategy(): Strategy {
  const gs = OSL_GUIDING_STRATEGY_IDS;
  const fa = OSL_FOCUS_AREA_IDS;
  return {
    id: 'tpl_osloregionen',
    name: OSLOREGIONEN_INFO.name,
    organisation: OSLOREGIONEN_INFO.organisation,
    periodFrom: 2025,
    periodTo: 2028,
    vision: 'Osloregionen skal være en bærekraftig og internasjonal konkurransedyktig region',
    overallGoal:
      'Vi skal utøve bærekraftig lederskap i målene om en flerkjernet region, basert på lokale fortrinn og omstilling til lavutslippssamfunnet mot 2050 gjennom styrking av kompetanse, kunnskap og samarbeid.',
    purpose:
      'Osloregionen er et politisk samarbeid som skal bidra til å styrke Osloregionen som en bærekraftig og internasjonalt konkurransedyktig region. Osloregionen skal bidra til en flerkjernet utvikling i regionen, basert på lokale fortrinn.',
    mission: '',
    roles: [],
    values: [
      { id: 'osl_val_ekte', name: 'Ekte', description: '' },
      { id: 'osl_val_berikende', name: 'Berikende', description: '' },
      { id: 'osl_val_banebrytende', name: 'Banebrytende', description: '' },
    ],
    challenges: [],
    guidingStrategies: [
      { id: gs.sustainable, text: 'ved å være i front med bærekraftige løsninger (FNs bærekraftsmål) for verdiskaping og utvikling' },
      { id: gs.alliances, text: 'ved å bygge strategiske allianser og nettverk' },
      { id: gs.influence, text: 'ved å få gjennomslag for Osloregionens politikk og interesser' },
      { id: gs.position, text: 'ved å posisjonere Osloregionen nasjonalt og internasjonalt' },
      { id: gs.knowledge, text: 'ved å utvikle Osloregionen gjennom kunnskap, kompetanse og ressurser' },
      { id: gs.identity, text: 'ved å styrke felles identitet' },
    ],
    focusAreas: [
      {
        id: fa.business,
        kind: 'priority',
        name: 'Næringsutvikling',
        description: '',
        subGoals: [
          {
            id: 'osl_dm_naering_1',
            text: 'bli ledende innen grønn innovasjon, kraftutnyttelse, digitalisering og KI med god tilgang på kompetanse for å nå felles mål',
          },
        ],
      },
      { id: fa.urban, kind: 'priority', name: 'By- og regionalutvikling', description: '', subGoals: [] },
      { id: fa.climate, kind: 'priority', name: 'Klima, miljø og natur', description: '', subGoals: [] },
      { id: fa.transport, kind: 'priority', name: 'Samferdsel', description: '', subGoals: [] },
    ],
    initiatives: [
      {
        id: OSL_INITIATIVE_GREEN_ID,
        focusAreaId: fa.business,
        name: 'Grønn innovasjon og kraft',
        description: '',
        // 2.3 asks of this satsing: which sustainable solutions, which strategic alliances,
        // and how it helps position Osloregionen — the first, second and fourth strategy.
        guidingStrategyIds: [gs.sustainable, gs.alliances, gs.position],
      },
    ],
    crossCuttingProjects: [],
    actors: [],
    partnerRegions: [],
    notes: NOTES,
    templateId: OSLOREGIONEN_TEMPLATE_ID,
  };
}
