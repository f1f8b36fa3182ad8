// The plan file: round trips, and every way a hostile or broken file must be refused
// with a message (code + where) and no document. Codes are asserted; a few tests render
// the message to check that it names the tiltak and the field in both languages.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonErrorOffset,
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
import { isMessage, renderMessage } from '@shared/i18n/message';
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

/** The path an error points to ('' for the whole file). */
const pathOf = (e: PlanFileError | undefined) => e?.where?.path ?? '';

/** The error's code; for a schema issue the code of the problem found. */
function codeOf(e: PlanFileError | undefined): string {
  const problem = e?.params?.problem;
  return isMessage(problem) ? problem.code : (e?.code ?? '');
}

const nb = (e: PlanFileError | undefined) => (e ? renderMessage(e, 'nb') : '');

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

  it('accepts a byte-order mark (unknown fields: tests/shared/plan-file-safety.test.ts)', () => {
    const result = parsePlanFile(`\ufeff${JSON.stringify(exampleJson())}`);
    expect(result.ok).toBe(true);
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
    expect(errors[0]?.code).toBe('planFile.forbiddenKey');
    expect(errors[0]?.params?.['key']).toMatch(/^(__proto__|constructor|prototype)$/);
    expect(pathOf(errors[0])).toMatch(/(__proto__|constructor|prototype)$/);
    expect(polluted()['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('names where the key is', () => {
    // «"indicator":» is a tiltak's KPI (the plans' follow-up snapshots, earlier in the file, have kpis without one).
    const text = serializePlanFile(createExampleDocument(), SAVED_AT).replace('"indicator":', '"__proto__": {}, "indicator":');
    const errors = errorsOf(parsePlanFile(text));
    expect(pathOf(errors[0])).toBe('actions[0].kpis[0].__proto__');
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
    expect(errors).toEqual([{ code: 'planFile.tooLargeAtLeast', params: { mb: 200, limit: 50 } }]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('aæ€😀')).toBe(1 + 2 + 3 + 4);
    const text = 'æ'.repeat(Math.floor(MAX_PLAN_FILE_BYTES / 2) + 10);
    expect(text.length).toBeLessThan(MAX_PLAN_FILE_BYTES);
    expect(errorsOf(parsePlanFile(text))).toEqual([{ code: 'planFile.tooLarge', params: { mb: 51, limit: 50 } }]);
  });

  it('says where the JSON is broken, by line and column', () => {
    const text = `{\n  "format": "${PLAN_FILE_FORMAT}",\n  "version" 1\n}`;
    expect(errorsOf(parsePlanFile(text))).toEqual([{ code: 'planFile.syntax', where: { line: 3, col: 13 } }]);
    const badLiteral = `{\n  "a": tru }`;
    expect(errorsOf(parsePlanFile(badLiteral))[0]?.where).toEqual({ line: 2, col: 8 });
  });

  it('says a truncated file ends too early', () => {
    const full = serializePlanFile(createExampleDocument(), SAVED_AT);
    const cut = full.slice(0, Math.floor(full.length / 2));
    const lastLine = cut.split('\n').length;
    const [error] = errorsOf(parsePlanFile(cut));
    expect(error?.code).toBe('planFile.truncated');
    expect(error?.where?.line).toBe(lastLine);
  });

  it('says an empty file is empty, and survives deep nesting', () => {
    expect(errorsOf(parsePlanFile('  \n'))).toEqual([{ code: 'planFile.empty' }]);
    expect(errorsOf(parsePlanFile('['.repeat(2_000)))[0]?.code).toBe('planFile.truncated');
    // Too deep for the locating parser: refused without a place, and without a stack overflow.
    expect(errorsOf(parsePlanFile('['.repeat(200_000)))).toEqual([{ code: 'planFile.notJson' }]);
    // Valid JSON nested 50 000 deep where a text belongs: refused by type, no stack overflow.
    const deep = serializePlanFile(createExampleDocument(), SAVED_AT).replace(
      /"notes": "EKSEMPEL[^"]*"/,
      `"notes": ${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    );
    const errors = errorsOf(parsePlanFile(deep));
    expect(errors.map((e) => [pathOf(e), codeOf(e)])).toEqual([['strategy.notes', 'validation.wrongType']]);
    expect(nb(errors[0])).toBe('Strategien, notater: Feil type verdi');
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
    fc.assert(fc.property(fc.string(), (s) => (jsonErrorOffset(s) === null) === valid(s)), { numRuns: 2_000 });
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, junk) => {
        const i = at % (json.length + 1);
        const s = json.slice(0, i) + junk + json.slice(i);
        return (jsonErrorOffset(s) === null) === valid(s);
      }),
      { numRuns: 2_000 },
    );
    fc.assert(fc.property(fc.json(), (json) => jsonErrorOffset(json) === null));
  });
});

describe('parsePlanFile refuses files that are not current plan files', () => {
  it.each([
    ['an array', [], 'planFile.notObject'],
    ['a number', 42, 'planFile.notObject'],
    ['null', null, 'planFile.notObject'],
    ['no format', { version: 1 }, 'planFile.formatMissing'],
    ['another format', { format: 'excel-export', version: 1 }, 'planFile.unknownFormat'],
    ['a format of the wrong type', { format: 7, version: 1 }, 'planFile.unknownFormat'],
    ['a format that is an object', { format: { a: 1 }, version: 1 }, 'planFile.unknownFormat'],
    ['a version as text', { format: PLAN_FILE_FORMAT, version: '1' }, 'planFile.unknownVersion'],
    ['a version that is an object', { format: PLAN_FILE_FORMAT, version: { v: 1 } }, 'planFile.unknownVersion'],
    ['a negative version', { format: PLAN_FILE_FORMAT, version: -1 }, 'planFile.unknownVersion'],
    ['no version', { format: PLAN_FILE_FORMAT }, 'planFile.unknownVersion'],
  ])('%s', (_name, value, code) => {
    const errors = errorsOf(openJson(value));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe(code);
    for (const language of ['nb', 'en'] as const) expect(renderMessage(errors[0]!, language)).not.toMatch(/undefined|\[object Object\]/);
  });

  it('refuses a file from a newer Handlingsrom', () => {
    const raw = exampleJson();
    raw['version'] = PLAN_FILE_VERSION + 1;
    const errors = errorsOf(openJson(raw));
    expect(errors).toEqual([
      { code: 'planFile.newerVersion', params: { version: PLAN_FILE_VERSION + 1, supported: PLAN_FILE_VERSION }, where: { path: 'version' } },
    ]);
  });
});

describe('parsePlanFile maps schema errors to codes, paths and places that name the tiltak', () => {
  type Break = (raw: ReturnType<typeof exampleJson>) => void;
  const setIn = (obj: Record<string, unknown>, key: string, value: unknown) => {
    obj[key] = value;
  };
  const cases: [string, Break, string, string][] = [
    ['cost in øre', (r) => setIn(r.actions[3] ?? {}, 'cost', 1500.5), 'actions[3].cost', 'validation.kroner.notWhole'],
    ['cost as text', (r) => setIn(r.actions[3] ?? {}, 'cost', '150 000'), 'actions[3].cost', 'validation.kroner.notNumber'],
    ['missing title', (r) => setIn(r.actions[16] ?? {}, 'title', undefined), 'actions[16].title', 'validation.missing'],
    ['blank title', (r) => setIn(r.actions[16] ?? {}, 'title', '   '), 'actions[16].title', 'validation.required'],
    ['unknown status', (r) => setIn(r.actions[0] ?? {}, 'status', 'ferdig'), 'actions[0].status', 'validation.notAllowed'],
    ['priority 4', (r) => setIn(r.actions[0] ?? {}, 'priority', 4), 'actions[0].priority', 'validation.invalid'],
    ['bad date', (r) => setIn(r.actions[1] ?? {}, 'deadline', '2025-02-30'), 'actions[1].deadline', 'validation.badDate'],
    [
      'negative funding amount',
      (r) => setIn((r.actions[0]?.['funding'] as Record<string, unknown>[])[1] ?? {}, 'amount', -5),
      'actions[0].funding[1].amount',
      'validation.kroner.negative',
    ],
    [
      'hours as a fraction',
      (r) => setIn(r.actions[2] ?? {}, 'hours', 1.5),
      'actions[2].hours',
      'validation.notInteger',
    ],
    [
      'tiltak without a number',
      (r) => setIn(r.actions[2] ?? {}, 'number', null),
      'actions[2].number',
      'validation.wrongType',
    ],
    [
      'negative frame',
      (r) => setIn((r.plans[0]?.['frame'] ?? {}) as Record<string, unknown>, 'ownFunds', -1),
      'plans[0].frame.ownFunds',
      'validation.kroner.negative',
    ],
    [
      'focus area without a name',
      (r) => setIn(((r['strategy'] as Record<string, unknown[]>)['focusAreas']?.[1] ?? {}) as Record<string, unknown>, 'name', 3),
      'strategy.focusAreas[1].name',
      'validation.wrongType',
    ],
    [
      'kind of a focus area',
      (r) => setIn(((r['strategy'] as Record<string, unknown[]>)['focusAreas']?.[0] ?? {}) as Record<string, unknown>, 'kind', 'hoved'),
      'strategy.focusAreas[0].kind',
      'validation.notAllowed',
    ],
    ['actions not a list', (r) => setIn(r, 'actions', {}), 'actions', 'validation.wrongType'],
    ['strategy missing', (r) => setIn(r, 'strategy', undefined), 'strategy', 'validation.missing'],
  ];

  it.each(cases)('%s', (_name, breakIt, path, code) => {
    const raw = exampleJson();
    breakIt(raw);
    const errors = errorsOf(openJson(raw));
    expect(errors.map((e) => [pathOf(e), codeOf(e)])).toContainEqual([path, code]);
  });

  it.each([
    ['cost in øre', (r: ReturnType<typeof exampleJson>) => setIn(r.actions[3] ?? {}, 'cost', 1500.5), 'Tiltak nr 4 (handlingsplan 2025), kostnad: Beløpet må være hele kroner', 'Action no. 4 (action plan 2025), cost: The amount must be whole kroner'],
    [
      'negative funding amount',
      (r: ReturnType<typeof exampleJson>) => setIn((r.actions[0]?.['funding'] as Record<string, unknown>[])[1] ?? {}, 'amount', -5),
      'Tiltak nr 1 (handlingsplan 2025), finansieringslinje 2, beløp: Beløpet kan ikke være negativt',
      'Action no. 1 (action plan 2025), funding line 2, amount: The amount cannot be negative',
    ],
    [
      'kind of a focus area',
      (r: ReturnType<typeof exampleJson>) => setIn(((r['strategy'] as Record<string, unknown[]>)['focusAreas']?.[0] ?? {}) as Record<string, unknown>, 'kind', 'hoved'),
      'Strategien, innsatsområde 1 «Næringsutvikling», type: Ugyldig verdi',
      'The strategy, focus area 1 «Næringsutvikling», type: Invalid value',
    ],
  ])('words %s with the tiltak and the field, in bokmål and English', (_name, breakIt, nbText, enText) => {
    const raw = exampleJson();
    breakIt(raw);
    const [error] = errorsOf(openJson(raw));
    expect(nb(error)).toBe(nbText);
    expect(renderMessage(error!, 'en')).toBe(enText);
  });

  it('reports many errors, capped', () => {
    const many = generateLargeDocument({ actions: 500, years: 1, seed: 3 });
    const broken = JSON.parse(serializePlanFile(many, SAVED_AT)) as ReturnType<typeof exampleJson>;
    for (const a of broken.actions) a['cost'] = -1;
    const errors = errorsOf(openJson(broken));
    expect(errors).toHaveLength(MAX_PLAN_FILE_ERRORS + 1);
    expect([pathOf(errors[0]), codeOf(errors[0])]).toEqual(['actions[0].cost', 'validation.kroner.negative']);
    expect(errors.at(-1)).toEqual({ code: 'planFile.moreErrors', params: { count: 500 - MAX_PLAN_FILE_ERRORS } });
  });
});

describe('parsePlanFile checks references', () => {
  type Fix = (raw: ReturnType<typeof exampleJson>) => void;
  const strategyOf = (r: Record<string, unknown>) => r['strategy'] as Record<string, Record<string, unknown>[]> & Record<string, unknown>;
  const cases: [string, Fix, string, string][] = [
    ['tiltak in a plan that does not exist', (r) => { r.actions[3]!['planId'] = 'plan_borte'; }, 'actions[3].planId', 'planFile.integrity.missingPlan'],
    ['satsing under a missing innsatsområde', (r) => { strategyOf(r)['initiatives']![2]!['focusAreaId'] = 'fa_borte'; }, 'strategy.initiatives[2].focusAreaId', 'planFile.integrity.missingReference'],
    ['plan year outside the period', (r) => { r.plans[0]!['year'] = 2031; }, 'plans[0].year', 'planFile.integrity.yearOutsidePeriod'],
    ['two tiltak with the same number', (r) => { r.actions[5]!['number'] = '2'; }, 'actions[5].number', 'planFile.integrity.duplicateNumber'],
    ['two tiltak with the same id', (r) => { r.actions[5]!['id'] = r.actions[4]!['id']; }, 'actions[5].id', 'planFile.integrity.duplicateId'],
    ['a missing satsing on a tiltak', (r) => { r.actions[0]!['initiativeIds'] = ['sat_borte']; }, 'actions[0].initiativeIds[0]', 'planFile.integrity.missingReference'],
    ['a missing partner', (r) => { r.actions[0]!['partnerIds'] = ['akt_borte']; }, 'actions[0].partnerIds[0]', 'planFile.integrity.missingReference'],
    ['a missing funding actor', (r) => { (r.actions[0]!['funding'] as Record<string, unknown>[])[1]!['actorId'] = 'akt_borte'; }, 'actions[0].funding[1].actorId', 'planFile.integrity.missingReference'],
    ['a missing tverrgående prosjekt', (r) => { r.actions[2]!['crossCuttingProjectId'] = 'tvp_borte'; }, 'actions[2].crossCuttingProjectId', 'planFile.integrity.missingReference'],
    ['a target share for a missing area', (r) => { ((r.plans[0]!['frame'] as Record<string, Record<string, number>>)['targetShares']!)['fa_borte'] = 5; }, 'plans[0].frame.targetShares.fa_borte', 'planFile.integrity.missingReference'],
    ['a plan of another strategy', (r) => { r.plans[0]!['strategyId'] = 'str_annen'; }, 'plans[0].strategyId', 'planFile.integrity.otherStrategy'],
    ['a missing guiding strategy', (r) => { r.actions[1]!['guidingStrategyIds'] = ['gs_borte']; }, 'actions[1].guidingStrategyIds[0]', 'planFile.integrity.missingReference'],
  ];

  it.each(cases)('%s', (_name, breakIt, path, code) => {
    const raw = exampleJson();
    breakIt(raw);
    const errors = errorsOf(openJson(raw));
    const hit = errors.find((e) => pathOf(e) === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.code).toBe(code);
  });

  it('words a broken reference with the place and the field', () => {
    const raw = exampleJson();
    (raw.actions[0]!['funding'] as Record<string, unknown>[])[1]!['actorId'] = 'akt_borte';
    const [error] = errorsOf(openJson(raw));
    expect(nb(error)).toBe('Tiltak nr 1 (handlingsplan 2025), finansieringslinje 2, aktør: «akt_borte» finnes ikke i filen');
    expect(renderMessage(error!, 'en')).toBe('Action no. 1 (action plan 2025), funding line 2, actor: «akt_borte» does not exist in the file');
  });

  it('refuses a satsing under an innsatsområde that is not in the file, naming the satsing, the field and the id (version stays 3)', () => {
    const raw = exampleJson();
    expect(raw['version']).toBe(3);
    const initiatives = (raw['strategy'] as Record<string, Record<string, unknown>[]>)['initiatives'] ?? [];
    const satsing = initiatives[2];
    if (!satsing) throw new Error('the example needs three satsinger');
    satsing['focusAreaId'] = 'fa_slettet';
    const errors = errorsOf(openJson(raw));
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error?.code).toBe('planFile.integrity.missingReference');
    expect(error?.where).toEqual({ path: 'strategy.initiatives[2].focusAreaId', field: 'fields.focusAreaId' });
    expect(error?.params).toMatchObject({ id: 'fa_slettet', field: { code: 'fields.focusAreaId' } });
    expect(nb(error)).toContain(`«${String(satsing['name'])}»`);
    expect(nb(error)).toContain('«fa_slettet» finnes ikke i filen');
    expect(renderMessage(error!, 'en')).toContain('«fa_slettet» does not exist in the file');
  });

  it('refuses two plans for the same year', () => {
    const raw = exampleJson();
    raw.plans.push({ ...raw.plans[0], id: 'ex_plan_2025_b' });
    const errors = errorsOf(openJson(raw));
    expect(errors.map((e) => [pathOf(e), e.code])).toContainEqual(['plans[1].year', 'planFile.integrity.duplicateYear']);
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
    expect(errors.map((e) => [pathOf(e), codeOf(e)])).toEqual([['actions[0].funding[0].source', 'validation.notAllowed']]);
    expect(nb(errors[0])).toBe('Tiltak nr 1 (handlingsplan 2024), finansieringslinje 1, kilde: Ugyldig verdi');
  });

  it('leaves a current file untouched', () => {
    const raw = exampleJson();
    const result = migratePlanFile(raw);
    expect(result.ok && result.migratedFrom).toBeNull();
    expect(result.ok && result.value).toBe(raw);
  });
});

describe('refusal messages are bounded and never leak values or JavaScript texts', () => {
  const render = (errors: PlanFileError[]) =>
    errors.flatMap((e) => (['nb', 'en'] as const).map((language) => `${e.where?.path ?? ''} ${renderMessage(e, language)}`));

  it('a forbidden key deep down gives a short path', () => {
    const depth = 100_000;
    const text = `${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`;
    const errors = errorsOf(parsePlanFile(text));
    expect(errors[0]?.code).toBe('planFile.forbiddenKey');
    expect(pathOf(errors[0]).length).toBeLessThanOrEqual(200);
    for (const line of render(errors)) expect(line.length).toBeLessThan(1_000);
  });

  it('a huge key is cut short in the path', () => {
    const text = JSON.stringify({ [`${'k'.repeat(400_000)}`]: { __proto__x: 1 } }).replace('__proto__x', '__proto__');
    const errors = errorsOf(parsePlanFile(text));
    for (const line of render(errors)) expect(line.length).toBeLessThan(1_000);
  });

  it('whatever value stands where, the messages stay short and clean (property)', () => {
    const targets: ((r: ReturnType<typeof exampleJson>, v: unknown) => void)[] = [
      (r, v) => (r['format'] = v),
      (r, v) => (r['version'] = v),
      (r, v) => (r['strategy'] = v),
      (r, v) => Object.assign(r, { actions: v }),
      (r, v) => (r.actions[0]!['priority'] = v),
      (r, v) => (r.actions[0]!['title'] = v),
      (r, v) => (r.actions[0]!['number'] = v),
      (r, v) => (r.actions[0]!['funding'] = v),
      (r, v) => (r.plans[0]!['frame'] = v),
      (r, v) => (r.plans[0]!['year'] = v),
    ];
    const base = exampleJson();
    fc.assert(
      fc.property(fc.nat(targets.length - 1), fc.jsonValue({ maxDepth: 3 }), (k, value) => {
        const raw = structuredClone(base);
        targets[k]!(raw, value);
        const result = openJson(raw);
        if (result.ok) return true;
        return render(result.errors).every((line) => line.length < 2_000 && !/undefined|\[object Object\]|Error\b/.test(line));
      }),
      { numRuns: 300 },
    );
  });
});

describe('migration from version 1 (direct links to delmål and innsatsområder)', () => {
  it('gives every tiltak — in the plan and added in a scenario — empty direct links, and changes nothing else', () => {
    const current = exampleJson();
    const added = { ...current.actions[0], id: 'act_in_scenario', number: '99' };
    const plan = current.plans[0] as Record<string, unknown> & { scenarios: Record<string, unknown>[] };
    plan.scenarios = [{ id: 'sc_1', name: 'Variant', description: '', frame: null, changes: [], addedActions: [added], createdAt: '2025-01-01' }];
    // The same file as version 1 wrote it: no subGoalIds / focusAreaIds anywhere.
    const v1 = structuredClone(current);
    v1['version'] = 1;
    const strip = (a: Record<string, unknown>) => {
      delete a['subGoalIds'];
      delete a['focusAreaIds'];
    };
    v1.actions.forEach(strip);
    ((v1.plans[0] as { scenarios: { addedActions: Record<string, unknown>[] }[] }).scenarios[0]?.addedActions ?? []).forEach(strip);
    const before = structuredClone(v1);
    const result = parsePlanFile(JSON.stringify(v1));
    expect(v1).toEqual(before);
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) return;
    expect(result.doc.actions.every((a) => a.subGoalIds.length === 0 && a.focusAreaIds.length === 0)).toBe(true);
    expect(result.doc.plans[0]?.scenarios[0]?.addedActions[0]).toMatchObject({ id: 'act_in_scenario', subGoalIds: [], focusAreaIds: [] });
    const expected = parsePlanFile(JSON.stringify(current));
    expect(expected.ok && expected.doc).toEqual(result.doc);
  });
});
