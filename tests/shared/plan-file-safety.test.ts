/**
 * Plan files that would lose or twist data without a word: bytes that are not UTF-8,
 * fields this version does not know, and ids that collide or point nowhere inside
 * tiltak (finansieringslinjer, KPI-er) and scenarios (their ids, their changes, their
 * added tiltak). Each is refused with a message code and a path, in words that leak no
 * program text.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanFile, serializePlanFile } from '@shared/domain';
import type { ParsePlanFileResult, PlanDocument, Scenario } from '@shared/domain';
import { renderMessage } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { expectCleanRefusal } from './fuzz/refusal-text';

const SAVED_AT = '2026-11-30T12:00:00.000Z';

type Json = Record<string, unknown>;

function exampleJson(doc: PlanDocument = createExampleDocument()): Json & { strategy: Json; actions: Json[]; plans: Json[] } {
  return JSON.parse(serializePlanFile(doc, SAVED_AT)) as ReturnType<typeof exampleJson>;
}

/** The refusal's codes and paths; every message rendered in both languages must read cleanly. */
function refusal(result: ParsePlanFileResult): { code: string; path: string | undefined }[] {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const e of result.errors) {
    expectCleanRefusal(renderMessage(e, 'nb', true));
    expectCleanRefusal(renderMessage(e, 'en', true));
  }
  return result.errors.map((e) => ({ code: e.code, path: e.where?.path }));
}

function scenario(id: string, over: Partial<Scenario> = {}): Scenario {
  return { id, name: `Scenario ${id}`, description: '', frame: null, changes: [], addedActions: [], createdAt: SAVED_AT, ...over };
}

/** The example with `edit` applied to a copy (the edit may break it on purpose). */
function edited(edit: (doc: PlanDocument) => void): PlanDocument {
  const doc = structuredClone(createExampleDocument());
  edit(doc);
  return doc;
}

const open = (doc: PlanDocument) => parsePlanFile(serializePlanFile(doc, SAVED_AT));

describe('invalid UTF-8', () => {
  it('bytes that are not UTF-8 are refused with the line and column, not replaced silently', () => {
    const text = serializePlanFile(createExampleDocument(), SAVED_AT);
    const bytes = new TextEncoder().encode(text);
    // «Ø» is C3 98 in UTF-8; a lone 0xD8 (Latin-1 Ø) is what a wrong encoding leaves.
    const at = text.indexOf('"name"');
    const broken = new Uint8Array([...bytes.slice(0, at + 9), 0xd8, ...bytes.slice(at + 9)]);
    const decoded = new TextDecoder('utf-8').decode(broken);
    const result = parsePlanFile(decoded);
    expect(refusal(result).map((e) => e.code)).toEqual(['planFile.invalidUtf8']);
    if (!result.ok) {
      const lines = text.slice(0, at).split('\n');
      expect(result.errors[0]?.where).toEqual({ line: lines.length, col: (lines.at(-1)?.length ?? 0) + 10 });
    }
  });

  it('a U+FFFD the planner typed is saved escaped and opens again unchanged', () => {
    const doc = edited((d) => {
      d.strategy.name = 'Med erstatningstegn \uFFFD i navnet';
    });
    const text = serializePlanFile(doc, SAVED_AT);
    expect(text).not.toContain('\uFFFD');
    const result = parsePlanFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.strategy.name).toBe(doc.strategy.name);
  });
});

describe('unknown fields', () => {
  it('are refused, each named by its path, so they are never dropped on the next save', () => {
    const raw = exampleJson();
    raw['comment'] = 'lagt til for hånd';
    (raw.actions[0] as Json)['colour'] = 'rød';
    ((raw.strategy['focusAreas'] as Json[])[0] as Json)['icon'] = 'stjerne';
    ((raw.actions[1]?.['funding'] as Json[] | undefined)?.[0] ?? (raw.actions[1] as Json))['note'] = 'x';
    const errors = refusal(parsePlanFile(JSON.stringify(raw)));
    expect(errors.every((e) => e.code === 'planFile.unknownField')).toBe(true);
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('comment');
    expect(paths).toContain('actions[0].colour');
    expect(paths).toContain('strategy.focusAreas[0].icon');
    expect(paths).toHaveLength(4);
  });

  it('a file written by the app has none', () => {
    expect(open(createExampleDocument()).ok).toBe(true);
  });
});

describe('collisions and dangling references inside tiltak and scenarios', () => {
  const withFunding = (doc: PlanDocument) => {
    const action = doc.actions.find((a) => a.funding.length > 0);
    if (!action) throw new Error('the example has no funding line');
    return action;
  };

  it('two finansieringslinjer of one tiltak with the same id', () => {
    const result = open(
      edited((d) => {
        const a = withFunding(d);
        const first = a.funding[0];
        if (first) a.funding.push({ ...first });
      }),
    );
    const errors = refusal(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe('planFile.integrity.duplicateId');
    expect(errors[0]?.path).toMatch(/^actions\[\d+\]\.funding\[\d+\]\.id$/);
  });

  it('two KPI-er of one tiltak with the same id', () => {
    const result = open(
      edited((d) => {
        const a = d.actions[0];
        if (!a) throw new Error('no tiltak');
        a.kpis = [
          { id: 'kpi-1', indicator: 'Antall deltakere', target: 10, unit: 'personer' },
          { id: 'kpi-1', indicator: 'Andel kvinner', target: 50, unit: '%' },
        ];
      }),
    );
    const errors = refusal(result);
    expect(errors).toEqual([{ code: 'planFile.integrity.duplicateId', path: 'actions[0].kpis[1].id' }]);
  });

  it('two scenarios of one plan with the same id, and one scenario changing a tiltak twice', () => {
    const result = open(
      edited((d) => {
        const plan = d.plans[0];
        const a = d.actions.find((x) => x.planId === plan?.id);
        if (!plan || !a) throw new Error('no plan');
        plan.scenarios = [scenario('sc-1', { changes: [{ actionId: a.id, excluded: true }, { actionId: a.id, postponed: true }] }), scenario('sc-1')];
      }),
    );
    const codes = refusal(result).map((e) => `${e.code} ${e.path}`);
    expect(codes).toContain('planFile.integrity.duplicateChange plans[0].scenarios[0].changes[1].actionId');
    expect(codes).toContain('planFile.integrity.duplicateId plans[0].scenarios[1].id');
  });

  it("a scenario's added tiltak: an id of a basis tiltak, another plan, a missing satsing", () => {
    const result = open(
      edited((d) => {
        const plan = d.plans[0];
        const basis = d.actions.find((x) => x.planId === plan?.id);
        if (!plan || !basis) throw new Error('no plan');
        const other = d.plans[1]?.id ?? 'plan-som-ikke-finnes';
        plan.scenarios = [
          scenario('sc-1', {
            addedActions: [
              { ...structuredClone(basis), number: '901' },
              { ...structuredClone(basis), id: 'act-new-1', number: '902', planId: other },
              { ...structuredClone(basis), id: 'act-new-2', number: '903', initiativeIds: ['satsing-som-ikke-finnes'] },
            ],
          }),
        ];
      }),
    );
    const codes = refusal(result).map((e) => `${e.code} ${e.path}`);
    expect(codes).toContain('planFile.integrity.collidesWithBasis plans[0].scenarios[0].addedActions[0].id');
    expect(codes).toContain('planFile.integrity.otherPlan plans[0].scenarios[0].addedActions[1].planId');
    expect(codes).toContain('planFile.integrity.missingReference plans[0].scenarios[0].addedActions[2].initiativeIds[0]');
  });

  it('a change to a tiltak deleted since is allowed (the scenario shows it as a conflict)', () => {
    const result = open(
      edited((d) => {
        const plan = d.plans[0];
        if (!plan) throw new Error('no plan');
        plan.scenarios = [scenario('sc-1', { changes: [{ actionId: 'act-slettet', excluded: true, basisNumber: '99', basisTitle: 'Slettet' }] })];
      }),
    );
    expect(result.ok ? null : result.errors).toBeNull();
  });
});
