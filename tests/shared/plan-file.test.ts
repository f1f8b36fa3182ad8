// The plan file: round trips, and every way a hostile or broken file must be refused
// with a clear Norwegian message and no document.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  findJsonErrorOffset,
  MAX_PLAN_FILE_ERRORS,
  migratePlanFile,
  parsePlanFile,
  PLAN_FILE_FORMAT,
  PLAN_FILE_VERSION,
  serializePlanFile,
  utf8ByteLength,
} from '@shared/domain';
import type { ParsePlanFileResult, PlanDocument, PlanFileError } from '@shared/domain';
import { MAX_PLAN_FILE_BYTES } from '@shared/domain/plan-file-limits';
import { createExampleDocument, createFromTemplate, generateLargeDocument } from '@shared/templates';

const SAVED_AT = '2025-03-01T10:00:00.000Z';

function errorsOf(result: ParsePlanFileResult): PlanFileError[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** The example as a mutable JSON tree, to break in a test and serialise again. */
function exampleJson(): Record<string, unknown> & { actions: Record<string, unknown>[]; plans: Record<string, unknown>[] } {
  return JSON.parse(serializePlanFile(createExampleDocument(), SAVED_AT)) as ReturnType<typeof exampleJson>;
}

const openJson = (value: unknown) => parsePlanFile(JSON.stringify(value));

describe('serializePlanFile / parsePlanFile round trip', () => {
  it('writes the envelope, pretty-printed', () => {
    const text = serializePlanFile(createExampleDocument(), SAVED_AT);
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(raw)).toEqual(['format', 'version', 'savedAt', 'app', 'strategy', 'plans', 'actions']);
    expect([raw['format'], raw['version'], raw['savedAt'], raw['app']]).toEqual([PLAN_FILE_FORMAT, PLAN_FILE_VERSION, SAVED_AT, 'Handlingsrom']);
    expect(text).toContain('\n  "strategy": {\n    "id"');
  });

  it.each([
    ['the example', createExampleDocument()],
    ['a generated 2 000-tiltak document', generateLargeDocument({ actions: 2_000, years: 3, seed: 11 })],
    ['a fresh Østfold strategy', createFromTemplate('ostfold-2024-2027')],
  ] as [string, PlanDocument][])('save → open gives back %s', (_name, doc) => {
    const result = parsePlanFile(serializePlanFile(doc, SAVED_AT));
    expect(result.ok ? null : result.errors.slice(0, 3)).toBeNull();
    if (result.ok) {
      expect(result.doc).toEqual(doc);
      expect(result.migratedFrom).toBeNull();
      // Opening twice gives the same; saving the opened document gives the same text.
      expect(serializePlanFile(result.doc, SAVED_AT)).toBe(serializePlanFile(doc, SAVED_AT));
    }
  });

  it('accepts a byte-order mark and drops unknown fields', () => {
    const raw = exampleJson();
    raw['comment'] = 'lagt til for hånd';
    (raw.actions[0] as Record<string, unknown>)['extra'] = 1;
    const result = parsePlanFile(`\ufeff${JSON.stringify(raw)}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.actions[0]).not.toHaveProperty('extra');
  });
});

describe('parsePlanFile refuses dangerous keys', () => {
  const polluted = () => ({}) as Record<string, unknown>;

  it.each([
    ['top-level __proto__', (t: string) => t.replace('{', '{"__proto__": {"polluted": true},')],
    ['__proto__ inside a tiltak', (t: string) => t.replace('"title":', '"__proto__": {"polluted": true}, "title":')],
    ['escaped \\u005f_proto__', (t: string) => t.replace('"title":', '"\\u005f_proto__": {"polluted": true}, "title":')],
    ['constructor.prototype', (t: string) => t.replace('"owner":', '"constructor": {"prototype": {"polluted": true}}, "owner":')],
    ['prototype in a record key', (t: string) => t.replace('"targetShares": {', '"targetShares": {"prototype": 5,')],
  ])('%s', (_name, mutate) => {
    const text = mutate(serializePlanFile(createExampleDocument(), SAVED_AT));
    const errors = errorsOf(parsePlanFile(text));
    expect(errors[0]?.message).toMatch(/ulovlige nøkkelen «(__proto__|constructor|prototype)»/);
    expect(errors[0]?.path).toMatch(/(__proto__|constructor|prototype)$/);
    expect(polluted()['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('names where the key is', () => {
    const text = serializePlanFile(createExampleDocument(), SAVED_AT).replace('"kpis": [', '"kpis": [{"__proto__": {}},');
    const errors = errorsOf(parsePlanFile(text));
    expect(errors[0]?.path).toBe('actions[0].kpis[0].__proto__');
  });
});

describe('parsePlanFile refuses what is too large or not JSON', () => {
  it('refuses a 200 MB string fast, without parsing it', () => {
    const huge = 'x'.repeat(200 * 1024 * 1024);
    // Its speed is a budget in npm run bench (scripts/bench-budgets.mjs); here: no parse.
    const parse = vi.spyOn(JSON, 'parse');
    const errors = errorsOf(parsePlanFile(huge));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(errors).toEqual([{ path: '', message: 'Filen er for stor (minst 200 MB). Handlingsrom åpner plan-filer på høyst 50 MB.' }]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('aæ€😀')).toBe(1 + 2 + 3 + 4);
    const text = 'æ'.repeat(Math.floor(MAX_PLAN_FILE_BYTES / 2) + 10);
    expect(text.length).toBeLessThan(MAX_PLAN_FILE_BYTES);
    expect(errorsOf(parsePlanFile(text))[0]?.message).toMatch(/^Filen er for stor \(51 MB\)/);
  });

  it('says where the JSON is broken, by line and column', () => {
    const text = `{\n  "format": "${PLAN_FILE_FORMAT}",\n  "version" 1\n}`;
    expect(errorsOf(parsePlanFile(text))).toEqual([
      { path: '', message: 'Filen er ikke gyldig JSON: feil på linje 3, kolonne 13. Den kan være skadet eller redigert for hånd.' },
    ]);
    const badLiteral = `{\n  "a": tru }`;
    expect(errorsOf(parsePlanFile(badLiteral))[0]?.message).toMatch(/linje 2, kolonne 11/);
  });

  it('says a truncated file ends too early', () => {
    const full = serializePlanFile(createExampleDocument(), SAVED_AT);
    const cut = full.slice(0, Math.floor(full.length / 2));
    const lastLine = cut.split('\n').length;
    const message = errorsOf(parsePlanFile(cut))[0]?.message ?? '';
    expect(message).toMatch(/^Filen slutter for tidlig \(linje \d+, kolonne \d+\) – den er trolig avkortet eller skadet\.$/);
    expect(message).toContain(`linje ${lastLine},`);
  });

  it('says an empty file is empty, and survives deep nesting', () => {
    expect(errorsOf(parsePlanFile('  \n'))[0]?.message).toBe('Filen er tom.');
    expect(errorsOf(parsePlanFile('['.repeat(200_000)))[0]?.message).toMatch(/slutter for tidlig/);
    // Valid JSON nested 50 000 deep where a text belongs: refused by type, no stack overflow.
    const deep = serializePlanFile(createExampleDocument(), SAVED_AT).replace(
      /"notes": "EKSEMPEL[^"]*"/,
      `"notes": ${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    );
    expect(errorsOf(parsePlanFile(deep))).toEqual([
      { path: 'strategy.notes', message: 'Strategien, notater: Feil type: forventet tekst, fant liste' },
    ]);
  });

  it('finds the first syntax error exactly where JSON.parse fails (property)', () => {
    const valid = (s: string) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    };
    // Random text and damaged JSON agree with JSON.parse on valid/invalid.
    fc.assert(fc.property(fc.string(), (s) => (findJsonErrorOffset(s) === null) === valid(s)), { numRuns: 2_000 });
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, junk) => {
        const i = at % (json.length + 1);
        const s = json.slice(0, i) + junk + json.slice(i);
        return (findJsonErrorOffset(s) === null) === valid(s);
      }),
      { numRuns: 2_000 },
    );
    fc.assert(fc.property(fc.json(), (json) => findJsonErrorOffset(json) === null));
  });
});

describe('parsePlanFile refuses files that are not current plan files', () => {
  it.each([
    ['an array', [], /forventet et JSON-objekt/],
    ['a number', 42, /forventet et JSON-objekt/],
    ['null', null, /forventet et JSON-objekt/],
    ['no format', { version: 1 }, /feltet «format» mangler/],
    ['another format', { format: 'excel-export', version: 1 }, /^Ukjent filformat «excel-export»: dette er ikke en plan-fil fra Handlingsrom\.$/],
    ['a format of the wrong type', { format: 7, version: 1 }, /^Ukjent filformat tallet 7/],
    ['a version as text', { format: PLAN_FILE_FORMAT, version: '1' }, /^Ukjent filversjon/],
    ['a negative version', { format: PLAN_FILE_FORMAT, version: -1 }, /^Ukjent filversjon/],
    ['no version', { format: PLAN_FILE_FORMAT }, /^Ukjent filversjon/],
  ])('%s', (_name, value, pattern) => {
    const errors = errorsOf(openJson(value));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(pattern);
  });

  it('refuses a file from a newer Handlingsrom', () => {
    const raw = exampleJson();
    raw['version'] = PLAN_FILE_VERSION + 1;
    const errors = errorsOf(openJson(raw));
    expect(errors).toEqual([
      {
        path: 'version',
        message: `Filen er laget med en nyere versjon av Handlingsrom (filversjon ${PLAN_FILE_VERSION + 1}; denne versjonen åpner til og med filversjon ${PLAN_FILE_VERSION}). Oppdater Handlingsrom for å åpne den.`,
      },
    ]);
  });
});

describe('parsePlanFile maps schema errors to Norwegian paths that name the tiltak', () => {
  type Break = (raw: ReturnType<typeof exampleJson>) => void;
  const setIn = (obj: Record<string, unknown>, key: string, value: unknown) => {
    obj[key] = value;
  };
  const cases: [string, Break, string, string][] = [
    ['cost in øre', (r) => setIn(r.actions[3] ?? {}, 'cost', 1500.5), 'actions[3].cost', 'Tiltak nr 4 (handlingsplan 2025), kostnad: Beløpet må være hele kroner'],
    ['cost as text', (r) => setIn(r.actions[3] ?? {}, 'cost', '150 000'), 'actions[3].cost', 'Tiltak nr 4 (handlingsplan 2025), kostnad: Beløpet må være et tall'],
    ['missing title', (r) => setIn(r.actions[16] ?? {}, 'title', undefined), 'actions[16].title', 'Tiltak nr 17 (handlingsplan 2025), tittel: Mangler'],
    ['blank title', (r) => setIn(r.actions[16] ?? {}, 'title', '   '), 'actions[16].title', 'Tiltak nr 17 (handlingsplan 2025), tittel: Må fylles ut'],
    ['unknown status', (r) => setIn(r.actions[0] ?? {}, 'status', 'ferdig'), 'actions[0].status', 'Tiltak nr 1 (handlingsplan 2025), status: Ugyldig verdi «ferdig» (tillatt: planned, ongoing, done, postponed, cancelled)'],
    ['priority 4', (r) => setIn(r.actions[0] ?? {}, 'priority', 4), 'actions[0].priority', 'Tiltak nr 1 (handlingsplan 2025), prioritet: Ugyldig verdi (tallet 4)'],
    ['bad date', (r) => setIn(r.actions[1] ?? {}, 'deadline', '2025-02-30'), 'actions[1].deadline', 'Tiltak nr 2 (handlingsplan 2025), frist: Ugyldig dato (forventet ÅÅÅÅ-MM-DD)'],
    [
      'negative funding amount',
      (r) => setIn((r.actions[0]?.['funding'] as Record<string, unknown>[])[1] ?? {}, 'amount', -5),
      'actions[0].funding[1].amount',
      'Tiltak nr 1 (handlingsplan 2025), finansieringslinje 2, beløp: Beløpet kan ikke være negativt',
    ],
    [
      'hours as a fraction',
      (r) => setIn(r.actions[2] ?? {}, 'hours', 1.5),
      'actions[2].hours',
      'Tiltak nr 3 (handlingsplan 2025), timeverk: Må være et heltall',
    ],
    [
      'tiltak without a number',
      (r) => setIn(r.actions[2] ?? {}, 'number', null),
      'actions[2].number',
      'Tiltak 3 i filen (handlingsplan 2025), nr: Feil type: forventet tekst, fant null',
    ],
    [
      'negative frame',
      (r) => setIn((r.plans[0]?.['frame'] ?? {}) as Record<string, unknown>, 'ownFunds', -1),
      'plans[0].frame.ownFunds',
      'Handlingsplan 2025, økonomiske rammer, egne midler: Beløpet kan ikke være negativt',
    ],
    [
      'focus area without a name',
      (r) => setIn(((r['strategy'] as Record<string, unknown[]>)['focusAreas']?.[1] ?? {}) as Record<string, unknown>, 'name', 3),
      'strategy.focusAreas[1].name',
      'Strategien, innsatsområde 2, navn: Feil type: forventet tekst, fant tallet 3',
    ],
    [
      'kind of a focus area',
      (r) => setIn(((r['strategy'] as Record<string, unknown[]>)['focusAreas']?.[0] ?? {}) as Record<string, unknown>, 'kind', 'hoved'),
      'strategy.focusAreas[0].kind',
      'Strategien, innsatsområde 1 «Næringsutvikling», type: Ugyldig verdi «hoved» (tillatt: priority, support)',
    ],
    ['actions not a list', (r) => setIn(r, 'actions', {}), 'actions', 'Tiltak: Feil type: forventet liste, fant objekt'],
    ['strategy missing', (r) => setIn(r, 'strategy', undefined), 'strategy', 'Strategien: Mangler'],
  ];

  it.each(cases)('%s', (_name, breakIt, path, message) => {
    const raw = exampleJson();
    breakIt(raw);
    const errors = errorsOf(openJson(raw));
    expect(errors).toContainEqual({ path, message });
  });

  it('reports many errors, capped', () => {
    const many = generateLargeDocument({ actions: 500, years: 1, seed: 3 });
    const broken = JSON.parse(serializePlanFile(many, SAVED_AT)) as ReturnType<typeof exampleJson>;
    for (const a of broken.actions) a['cost'] = -1;
    const errors = errorsOf(openJson(broken));
    expect(errors).toHaveLength(MAX_PLAN_FILE_ERRORS + 1);
    expect(errors[0]?.message).toBe('Tiltak nr 1 (handlingsplan 2025), kostnad: Beløpet kan ikke være negativt');
    expect(errors.at(-1)?.message).toBe(`… og ${500 - MAX_PLAN_FILE_ERRORS} feil til.`);
  });
});

describe('parsePlanFile checks references', () => {
  type Fix = (raw: ReturnType<typeof exampleJson>) => void;
  const strategyOf = (r: Record<string, unknown>) => r['strategy'] as Record<string, Record<string, unknown>[]> & Record<string, unknown>;
  const cases: [string, Fix, string, RegExp][] = [
    ['tiltak in a plan that does not exist', (r) => { r.actions[3]!['planId'] = 'plan_borte'; }, 'actions[3].planId', /^Tiltak nr 4, handlingsplan: handlingsplanen «plan_borte» finnes ikke i filen$/],
    ['satsing under a missing innsatsområde', (r) => { strategyOf(r)['initiatives']![2]!['focusAreaId'] = 'fa_borte'; }, 'strategy.initiatives[2].focusAreaId', /^Strategien, satsing 3 «.+», innsatsområde: innsatsområdet «fa_borte» finnes ikke i strategien$/],
    ['plan year outside the period', (r) => { r.plans[0]!['year'] = 2031; }, 'plans[0].year', /^Handlingsplan 2031, år: året ligger utenfor strategiperioden 2025–2028$/],
    ['two tiltak with the same number', (r) => { r.actions[5]!['number'] = '2'; }, 'actions[5].number', /^Tiltak nr 2 \(handlingsplan 2025\), nr: nr 2 er brukt av flere tiltak i samme handlingsplan$/],
    ['two tiltak with the same id', (r) => { r.actions[5]!['id'] = r.actions[4]!['id']; }, 'actions[5].id', /er brukt av flere tiltak$/],
    ['a missing satsing on a tiltak', (r) => { r.actions[0]!['initiativeIds'] = ['sat_borte']; }, 'actions[0].initiativeIds[0]', /Satsingen «sat_borte» finnes ikke i strategien$/],
    ['a missing partner', (r) => { r.actions[0]!['partnerIds'] = ['akt_borte']; }, 'actions[0].partnerIds[0]', /Aktøren «akt_borte» finnes ikke/],
    ['a missing funding actor', (r) => { (r.actions[0]!['funding'] as Record<string, unknown>[])[1]!['actorId'] = 'akt_borte'; }, 'actions[0].funding[1].actorId', /finansieringslinje 2, aktør: aktøren «akt_borte» finnes ikke i aktørregisteret$/],
    ['a missing tverrgående prosjekt', (r) => { r.actions[2]!['crossCuttingProjectId'] = 'tvp_borte'; }, 'actions[2].crossCuttingProjectId', /prosjektet «tvp_borte» finnes ikke/],
    ['a target share for a missing area', (r) => { ((r.plans[0]!['frame'] as Record<string, Record<string, number>>)['targetShares']!)['fa_borte'] = 5; }, 'plans[0].frame.targetShares.fa_borte', /^Handlingsplan 2025, økonomiske rammer, målandeler, «fa_borte»: innsatsområdet «fa_borte» finnes ikke i strategien$/],
    ['a plan of another strategy', (r) => { r.plans[0]!['strategyId'] = 'str_annen'; }, 'plans[0].strategyId', /hører til en annen strategi/],
    ['a missing guiding strategy', (r) => { r.actions[1]!['guidingStrategyIds'] = ['gs_borte']; }, 'actions[1].guidingStrategyIds[0]', /Den overordnede strategien «gs_borte» finnes ikke/],
  ];

  it.each(cases)('%s', (_name, breakIt, path, pattern) => {
    const raw = exampleJson();
    breakIt(raw);
    const errors = errorsOf(openJson(raw));
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(pattern);
  });

  it('refuses two plans for the same year', () => {
    const raw = exampleJson();
    raw.plans.push({ ...raw.plans[0], id: 'ex_plan_2025_b' });
    expect(errorsOf(openJson(raw))).toContainEqual({
      path: 'plans[1].year',
      message: 'Handlingsplan 2025, år: det finnes flere handlingsplaner for 2025',
    });
  });
});

describe('migration from version 0', () => {
  // A literal file as the first prototype wrote it: `tiltak`, `kostnad`, `finansiering`
  // with Norwegian source and status names, no carry-over fields, no templateId.
  const V0 = `{
  "format": "handlingsrom-plan",
  "version": 0,
  "savedAt": "2024-11-02T09:15:00.000Z",
  "strategy": {
    "id": "str_v0",
    "name": "Strategisk plattform 2024–27",
    "organisation": "Partnerskap for næringsutvikling i Østfold",
    "periodFrom": 2024,
    "periodTo": 2027,
    "vision": "Sammen får vi ting til å skje!",
    "overallGoal": "",
    "purpose": "Øke jobb- og verdiskaping med bærekraft som konkurransefortrinn i Østfold",
    "mission": "",
    "roles": [],
    "values": [],
    "challenges": [],
    "guidingStrategies": [],
    "focusAreas": [{ "id": "fa_bio", "kind": "priority", "name": "Bioøkonomi", "description": "", "subGoals": [] }],
    "initiatives": [{ "id": "sat_1", "focusAreaId": "fa_bio", "name": "Sirkulære verdikjeder", "description": "", "guidingStrategyIds": [] }],
    "crossCuttingProjects": [],
    "actors": [{ "id": "akt_fk", "name": "Fylkeskommunen", "category": "public" }],
    "partnerRegions": [{ "id": "reg_follo", "name": "Follo" }],
    "notes": ""
  },
  "plans": [
    {
      "id": "plan_2024",
      "strategyId": "str_v0",
      "year": 2024,
      "status": "adopted",
      "adoptedDate": "2023-12-12",
      "frame": { "ownFunds": 500000, "capacityHours": 1200, "targetShares": {} },
      "scenarios": []
    }
  ],
  "tiltak": [
    {
      "id": "t_1", "planId": "plan_2024", "number": "1", "title": "Kartlegging av sidestrømmer",
      "description": "", "initiativeIds": ["sat_1"], "crossCuttingProjectId": null, "guidingStrategyIds": [],
      "owner": "Sekretariatet", "partnerIds": ["akt_fk"],
      "kostnad": 300000,
      "finansiering": [
        { "id": "f_1", "kilde": "egne", "aktorId": null, "belop": 100000, "status": "bekreftet" },
        { "id": "f_2", "kilde": "ekstern", "aktorId": "akt_fk", "belop": 150000, "status": "sokt" },
        { "id": "f_3", "kilde": "partner", "aktorId": "akt_fk", "belop": 50000, "status": "planlagt" }
      ],
      "hours": 120, "start": "2024-02-01", "deadline": "2024-10-31",
      "kpis": [{ "id": "k_1", "indicator": "Rapport", "target": 1, "unit": "stk" }],
      "priority": 1, "status": "done", "notes": ""
    },
    {
      "id": "t_2", "planId": "plan_2024", "number": "2", "title": "Nettverksmøter",
      "description": "", "initiativeIds": ["sat_1"], "crossCuttingProjectId": null, "guidingStrategyIds": [],
      "owner": "", "partnerIds": [], "kostnad": 40000, "finansiering": [],
      "hours": 40, "start": null, "deadline": null, "kpis": [], "priority": 3, "status": "planned", "notes": ""
    }
  ]
}`;

  it('opens a v0 file, upgrading it to the current format', () => {
    const result = parsePlanFile(V0);
    expect(result.ok ? null : result.errors).toBeNull();
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    const [first, second] = result.doc.actions;
    expect(first?.cost).toBe(300_000);
    expect(first?.funding).toEqual([
      { id: 'f_1', source: 'own', actorId: null, amount: 100_000, status: 'confirmed' },
      { id: 'f_2', source: 'external', actorId: 'akt_fk', amount: 150_000, status: 'applied' },
      { id: 'f_3', source: 'partner', actorId: 'akt_fk', amount: 50_000, status: 'planned' },
    ]);
    expect([first?.lineageId, first?.carriedFromId]).toEqual(['t_1', null]);
    expect(second?.cost).toBe(40_000);
    expect(second?.funding).toEqual([]);
    expect(result.doc.strategy.templateId).toBeNull();
    expect(result.doc.actions[0]).not.toHaveProperty('kostnad');
    // Saved again, it is a current file that opens without migration.
    const again = parsePlanFile(serializePlanFile(result.doc, SAVED_AT));
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(again.ok && again.doc).toEqual(result.doc);
  });

  it('does not change its input', () => {
    const raw = JSON.parse(V0) as Record<string, unknown>;
    const before = structuredClone(raw);
    const result = migratePlanFile(raw);
    expect(raw).toEqual(before);
    expect(result.ok && result.value['version']).toBe(PLAN_FILE_VERSION);
    expect(result.ok && result.value).not.toHaveProperty('tiltak');
  });

  it('reports a bad v0 value at its upgraded path', () => {
    const broken = V0.replace('"kilde": "egne"', '"kilde": "lommepenger"');
    const errors = errorsOf(parsePlanFile(broken));
    expect(errors).toEqual([
      {
        path: 'actions[0].funding[0].source',
        message: 'Tiltak nr 1 (handlingsplan 2024), finansieringslinje 1, kilde: Ugyldig verdi «lommepenger» (tillatt: own, partner, external)',
      },
    ]);
  });

  it('leaves a current file untouched', () => {
    const raw = exampleJson();
    const result = migratePlanFile(raw);
    expect(result.ok && result.migratedFrom).toBeNull();
    expect(result.ok && result.value).toBe(raw);
  });
});
