/**
 * Built-in template: Partnerskap for næringsutvikling i Østfold, «Strategisk plattform
 * 2024–27» (vedtatt mars 2024). Transcribed with the document's own wording. Two
 * slips of the source text are mended (the line-break artefact «utslipps- frie» →
 * «utslippsfrie», and a doubled «ønskelig å» in the notes) and its emphasis marks are
 * dropped; nothing else is changed or added. The document names
 * no satsinger, delmål, overordnede strategier or actors: those lists start empty.
 *
 * Child ids are fixed and readable (`ost_fa_bio`).
 */
import type { Strategy } from '../domain/entities';
import { OSTFOLD_INFO, OSTFOLD_TEMPLATE_ID } from './infos';

export { OSTFOLD_INFO, OSTFOLD_TEMPLATE_ID } from './infos';

/** Ids of the three innsatsområder and three støtteområder. */
export const OST_FOCUS_AREA_IDS = {
  greenIndustry: 'ost_fa_gronn_industri',
  bioeconomy: 'ost_fa_bio',
  digital: 'ost_fa_digital',
  attractiveness: 'ost_fa_attraksjon',
  capital: 'ost_fa_kapital',
  competence: 'ost_fa_kompetanse',
} as const;

const NOTES = [
  'Kilde: Partnerskap for næringsutvikling i Østfold – Strategisk plattform 2024-27, vedtatt mars 2024.',
  '',
  'Strategisk plattform for Partnerskap for Næringsutvikling i Østfold (heretter kalt Partnerskapet) består av 3 deler:',
  '1. Strategisk fundament',
  '2. Prioriterte fokusområder',
  '3. Samhandling',
  '',
  'Visjon – forklaring og tolkning: Partnerskapet er en regional samskapingsarena der overordnede felles interesser og motiv for Nye Østfold drøftes og koordineres. Partnerskapet klarer å samle politikere og administrasjon, regioner og næringsforeninger i en helhet og bidrar til et mer samlet, tydelig og kraftfullt Østfold. Dette gir utviklingskraft og gjennombrudd.',
  '',
  'Oppdrag – forklaring og tolkning: Partnerskapet spiller en tilrettelegger-rolle for de eksisterende aktørene og organisasjonene. Det er gjennom disse sitt arbeide av innovasjon og utvikling først og fremst skjer. Partnerskapet bidrar til at samhandlingen blir effektiv og koordinert.',
  '',
  'Roller – forklaring og tolkning: Partnerskapet fungerer først og fremst «bottom-up», ved å kartlegge og fange opp vesentlige utviklingsbehov, prioriteringer og muligheter, som aktørene i partnerskapet ser. Partnerskapet skal øke effekter av felles satsinger i Østfold ved å koble sammen aktører og fungere som en katalysator som setter fart. I noen tilfeller vil partnerskapet også ta en rolle som en igangsetter og oppstarts motor, der andre ikke har satt i gang.',
  '',
  'Verdier – forklaring og tolkning: All utvikling, verdiskaping og samarbeid som skjer i Partnerskapet baserer seg på grunnverdien «Tillit». Tilstrekkelig tillit mellom partnerne er en forutsetning for realisering av strategien og en velfungerende samskapingsarena. Partnerskapet tror på samfunnsmessig og næringsmessig progresjon og utvikling, og at dette er nødvendig for å ta ut potensialer som finnes i Østfold og nærliggende områder. Videre tror partnerskapet at samhandling er en forutsetning for bærekraftig utvikling og innovasjon.',
  '',
  'Formål – forklaring og tolkning: Partnerskapet sitt formål er å bidra til at bedrifter og utviklingsmiljøer i Østfold lykkes, noe som skal gi flere arbeidsplasser og økt verdiskaping pr arbeidstager. Dette gir økt velferd, trivsel, regional attraktivitet og grunnlag for inkluderende samfunnsutvikling. Østfold har forutsetninger for bærekraft som regionalt konkurransefortrinn. Naturgitte forutsetninger for bioøkonomisk utvikling, spiss FoU kompetanse, koblinger mot IT og AI, sterk primærnærings og næringsmiddelindustri og en innovativ og omstillingsdyktig industri er bevis for dette. I Østfold kan sirkulærøkonomien utvikle seg og fungere i praksis.',
  '',
  'Fokusområder (1.2): Tre av fokusområdene representerer sektorer av særskilt fremtidspotensial for Østfold («Grønt industriløft», «Bioøkonomi» og «Digital omstilling»). De øvrige prioriterte fokusområdene («Attraksjonskraft», «Kapital» og «Kompetanse og inkludering») blir å regne som viktige støtteområder til de førstnevnte tre.',
  '',
  'Samhandling (1.3) – 5-faktormodellen: Partnerskapet skal ta utgangspunkt i trepartssamarbeidet i den norske modellen og skal representere alle deler av «5-faktormodellen» i økosystemet: Offentlig myndighet, Gründermiljøer, Forskning og Utdanning, Næringslivsaktører, Kapital. Aktørregisteret bruker disse fem kategoriene.',
  '',
  'Geografi: Strategien tar også utgangspunkt i det reelle bo- og arbeidsmarkedet. Det er derfor ønskelig å inngå samarbeid med nærliggende regioner som Follo, Värmland og Västra Götaland når det er behov og naturlig i samhandlingen.',
].join('\n');

/**
 * Strategisk plattform 2024–27 for Partnerskap for næringsutvikling i Østfold, as a fresh
 * `Strategy` object (strategy id `tpl_ostfold`; the caller gives it a new id).
 */
export function ostfoldStrategy(): Strategy {
  const fa = OST_FOCUS_AREA_IDS;
  return {
    id: 'tpl_ostfold',
    name: OSTFOLD_INFO.name,
    organisation: OSTFOLD_INFO.organisation,
    periodFrom: 2024,
    periodTo: 2027,
    vision: 'Sammen får vi ting til å skje!',
    overallGoal: '',
    purpose: 'Øke jobb- og verdiskaping med bærekraft som konkurransefortrinn i Østfold',
    mission: 'Partnerskap for Næringsutvikling i Østfold er et strategisk samhandlingsorgan.',
    roles: [
      {
        id: 'ost_rolle_kobler',
        name: 'Kobler',
        description:
          'Partnerskapet er en unik arena som kobler sentrale aktører og organisasjoner i Østfold sammen. Partnerskapet tilrettelegger for utvikling, vekst og gjennomføringskraft med organisasjonene i ryggen',
      },
      {
        id: 'ost_rolle_katalysator',
        name: 'Katalysator',
        description:
          'Bidrar til samlende prioriteringer og felles innsats. Forsterker effekter gjennom å gi retning og koordinere ressurser. Partnerskapet setter fart i økosystemet',
      },
      {
        id: 'ost_rolle_initiativtaker',
        name: 'Initiativtaker',
        description:
          'Identifiserer (bottom – up) og setter i gang bærekraftig verdiskaping og initiativ for økt konkurransekraft i det nye Østfold. Organiserer felles innsats i konkrete innsatsområder.',
      },
    ],
    values: [
      {
        id: 'ost_verdi_tillit',
        name: 'Tillit',
        description:
          'Partnerskapet står for åpenhet og et tillitsbasert samarbeid. Tillit er en grunnverdi og forutsetning for partnerskapsarbeidet.',
      },
      {
        id: 'ost_verdi_fremtidsorientert',
        name: 'Fremtidsorientert',
        description:
          'Partnerskapet preges av fremtidstro, utviklingsvilje og handlekraft. Vi har mot til å gjøre nytt og å ta risiko.',
      },
      {
        id: 'ost_verdi_entusiasme',
        name: 'Entusiasme',
        description: 'Fremme og inspirere til å få ting til skje. Ambisiøs og offensiv med energi og driv.',
      },
      {
        id: 'ost_verdi_samhandling',
        name: 'Samhandling',
        description:
          'Samhandlende for nye Østfolds konkurransekraft og fremtid. Inkluderende, upolitisk og åpen.',
      },
    ],
    challenges: [],
    guidingStrategies: [],
    focusAreas: [
      {
        id: fa.greenIndustry,
        kind: 'priority',
        name: 'Grønt industriløft (sirkulærøkonomi og industriell symbiose)',
        description:
          'Skape verdier og lønnsomme jobber, øke grønne investeringer og eksport fra fastlandet. Kutte klimagassutslipp på veien mot lavutslippssamfunnet. Bidra til sirkulær ressursutnyttelse og industrielle symbioser. Felles løft for utvikling av regionale utslippsfrie energisystemer, og bærekraftig logistikk og transport.',
        subGoals: [],
      },
      {
        id: fa.bioeconomy,
        kind: 'priority',
        name: 'Bioøkonomi',
        description:
          'Jobb- og verdiskaping innenfor bioøkonomien og koordinering av bidrag til at Østfold blir det sirkulære fylket. Innsatsen skal resultere i sirkulær ressurs-utnyttelse og økt verdiskaping. Sammen skal vi håndtere globale utfordringer på lokalt nivå.',
        subGoals: [],
      },
      {
        id: fa.digital,
        kind: 'priority',
        name: 'Digital omstilling',
        description:
          'Jobb- og verdiskaping innenfor bruk av data og digitale teknologier og energisystemer. For effektivisering av næringsliv og offentlige tjenester samt verdivekst (topplinje). Koble miljøer og stimulere utvikling av vertikaler i og utenfor Østfold.',
        subGoals: [],
      },
      {
        id: fa.attractiveness,
        kind: 'support',
        name: 'Attraksjonskraft',
        description:
          'Fortelle historien om Østfolds næringsliv, skape begeistring og selge inn Østfolds muligheter, herunder samarbeid med destinasjonsselskapene. Intern og ekstern kommunikasjon, synlighet og identitet.',
        subGoals: [],
      },
      {
        id: fa.capital,
        kind: 'support',
        name: 'Kapital',
        description: 'Partnerskapet skal jobbe for at det legges til rette for at private investorer vil investere i Østfold.',
        subGoals: [],
      },
      {
        id: fa.competence,
        kind: 'support',
        name: 'Kompetanse og inkludering',
        description:
          'Partnerskapet skal jobbe for økt og fremtidsrettet kompetanseutvikling, herunder samarbeid med Kompetanseforum, samt et inkluderende arbeidsliv.',
        subGoals: [],
      },
    ],
    initiatives: [],
    crossCuttingProjects: [],
    actors: [],
    partnerRegions: [
      { id: 'ost_region_follo', name: 'Follo' },
      { id: 'ost_region_varmland', name: 'Värmland' },
      { id: 'ost_region_vastra_gotaland', name: 'Västra Götaland' },
    ],
    notes: NOTES,
    templateId: OSTFOLD_TEMPLATE_ID,
  };
}
