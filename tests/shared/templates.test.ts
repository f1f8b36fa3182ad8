// The built-in templates are checked against the seed documents themselves (read in
// place from /work/shared/seeds), and the example plan against what it promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVE_STATUSES, ACTOR_CATEGORIES, planDocumentSchema } from '@shared/domain';
import type { Action, Strategy } from '@shared/domain';
import {
  createExampleDocument,
  createFromTemplate,
  OSL_FOCUS_AREA_IDS,
  OSL_GUIDING_STRATEGY_IDS,
  OSL_INITIATIVE_GREEN_ID,
  OST_FOCUS_AREA_IDS,
  TEMPLATES,
} from '@shared/templates';

const seed = (file: string): string => readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), 'utf8');

/** Drops the markdown emphasis of the seed text and mends its one line-break artefact. */
const clean = (text: string): string => text.replace(/\*/g, '').replace(/<\/?i>/g, '').replace('utslipps- frie', 'utslippsfrie');

const OSLO = clean(seed('osloregionen-strategiske-foringer-2025-2028.txt'));
const OSTFOLD = clean(seed('ostfold-partnerskap-strategisk-plattform-2024-27.txt'));
const lines = (text: string) => text.split('\n').map((l) => l.trim());
const dashToHyphen = (s: string) => s.replace(/–/g, '-');

function strategyOf(id: string): Strategy {
  return createFromTemplate(id).strategy;
}

describe('TEMPLATES', () => {
  it('lists the two built-in templates with name, organisation, period and descriptions in nb and en', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['osloregionen-2025-2028', 'ostfold-2024-2027']);
    for (const t of TEMPLATES) {
      expect(t.description.nb.length).toBeGreaterThan(20);
      expect(t.description.en.length).toBeGreaterThan(20);
      expect(t.description.nb).not.toEqual(t.description.en);
      const s = strategyOf(t.id);
      expect([s.name, s.organisation, s.periodFrom, s.periodTo]).toEqual([t.name, t.organisation, t.periodFrom, t.periodTo]);
    }
  });
});

describe('createFromTemplate', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: a fresh, valid document with no plans or tiltak', (id) => {
    const a = createFromTemplate(id);
    const b = createFromTemplate(id);
    expect(planDocumentSchema.safeParse(a).success).toBe(true);
    expect(a.plans).toEqual([]);
    expect(a.actions).toEqual([]);
    expect(a.strategy.templateId).toBe(id);
    expect(a.strategy.id).not.toBe(b.strategy.id);
    expect(a.strategy.id).not.toMatch(/^tpl_/);
    // Child ids are the template's readable ids; objects are not shared between documents.
    expect(a.strategy.focusAreas.map((f) => f.id)).toEqual(b.strategy.focusAreas.map((f) => f.id));
    a.strategy.focusAreas[0]?.subGoals.push({ id: 'x', text: 'endret' });
    a.strategy.guidingStrategies.push({ id: 'y', text: 'endret' });
    expect(createFromTemplate(id).strategy).toEqual({ ...b.strategy, id: expect.any(String) as string });
  });

  it('refuses an unknown template id', () => {
    expect(() => createFromTemplate('finnes-ikke')).toThrow(/Ukjent mal/);
    expect(() => createFromTemplate('__proto__')).toThrow(/Ukjent mal/);
  });
});

describe('Osloregionen 2025–2028 template, against the seed document', () => {
  const s = strategyOf('osloregionen-2025-2028');

  it('has the document title, organisation and period', () => {
    expect(OSLO).toContain(`${dashToHyphen(s.name)} for ${s.organisation}`);
    expect([s.periodFrom, s.periodTo]).toEqual([2025, 2028]);
  });

  it('has the vision, the overall goal of 2.2 and the purpose quoted from Samarbeidsavtalen', () => {
    expect(s.vision).toBe('Osloregionen skal være en bærekraftig og internasjonal konkurransedyktig region');
    expect(OSLO).toContain(`visjonen «${s.vision}»`);
    expect(s.overallGoal).toMatch(/^Vi skal utøve bærekraftig lederskap/);
    expect(OSLO).toContain(`at v${s.overallGoal.slice(1)}`);
    expect(OSLO).toContain(`Samarbeidsavtalen: «${s.purpose}»`);
  });

  it('has the values of the merkevarestrategi', () => {
    const line = lines(OSLO).find((l) => l.startsWith('Merkevarestrategi:')) ?? '';
    const fromSeed = line.replace('Merkevarestrategi:', '').split(',').map((v) => v.trim().toLowerCase());
    expect(s.values.map((v) => v.name.toLowerCase())).toEqual(fromSeed);
    expect(s.values.map((v) => v.name)).toEqual(['Ekte', 'Berikende', 'Banebrytende']);
  });

  it('has exactly the six overarching strategies («ved å …»), in order', () => {
    const fromSeed = lines(OSLO)
      .filter((l) => l.startsWith('- ved å '))
      .map((l) => l.slice(2));
    expect(fromSeed).toHaveLength(6);
    expect(s.guidingStrategies.map((g) => g.text)).toEqual(fromSeed);
    expect(s.guidingStrategies.map((g) => g.id)).toEqual(Object.values(OSL_GUIDING_STRATEGY_IDS));
  });

  it('has the four innsatsområder, all of kind priority, with Næringsutvikling’s delmål', () => {
    const all = lines(OSLO);
    const start = all.findIndex((l) => l.includes('følgende innsatsområder:'));
    const fromSeed = all
      .slice(start + 1)
      .filter((l) => l !== '')
      .slice(0, 4)
      .map((l) => l.replace(/^- /, ''));
    expect(s.focusAreas.map((f) => f.name)).toEqual(fromSeed);
    expect(s.focusAreas.every((f) => f.kind === 'priority')).toBe(true);
    expect(s.focusAreas.map((f) => f.id)).toEqual(Object.values(OSL_FOCUS_AREA_IDS));
    const business = s.focusAreas.find((f) => f.id === OSL_FOCUS_AREA_IDS.business);
    expect(business?.subGoals).toHaveLength(1);
    expect(OSLO).toContain(`delmål om å «${business?.subGoals[0]?.text ?? '–'}»`);
    expect(s.focusAreas.filter((f) => f.id !== OSL_FOCUS_AREA_IDS.business).every((f) => f.subGoals.length === 0)).toBe(true);
  });

  it('has the one named satsing, under Næringsutvikling, with the strategies the text asks it about', () => {
    expect(s.initiatives).toHaveLength(1);
    const green = s.initiatives[0];
    expect(green?.id).toBe(OSL_INITIATIVE_GREEN_ID);
    expect(green?.focusAreaId).toBe(OSL_FOCUS_AREA_IDS.business);
    expect(OSLO).toContain(`satsingen ${green?.name.toLowerCase() ?? '–'} til?`);
    expect(green?.guidingStrategyIds).toEqual([
      OSL_GUIDING_STRATEGY_IDS.sustainable,
      OSL_GUIDING_STRATEGY_IDS.alliances,
      OSL_GUIDING_STRATEGY_IDS.position,
    ]);
  });

  it('leaves what the document does not name empty, and keeps the målhierarki in the notes', () => {
    expect(s.challenges).toEqual([]);
    expect(s.crossCuttingProjects).toEqual([]);
    expect(s.actors).toEqual([]);
    expect(s.roles).toEqual([]);
    const all = lines(OSLO);
    const start = all.indexOf('1. Visjon');
    const hierarchy = all.slice(start, start + 6);
    expect(hierarchy[5]).toMatch(/^6\. KPI/);
    for (const level of hierarchy) expect(s.notes).toContain(level);
  });
});

describe('Østfold 2024–27 template, against the seed document', () => {
  const s = strategyOf('ostfold-2024-2027');
  const upper = OSTFOLD.toUpperCase();

  it('has the title, organisation and period', () => {
    expect(upper).toContain(dashToHyphen(s.name).toUpperCase());
    expect(upper).toContain(s.organisation.toUpperCase());
    expect(s.organisation).toBe('Partnerskap for næringsutvikling i Østfold');
    expect([s.periodFrom, s.periodTo]).toEqual([2024, 2027]);
  });

  it('has the vision, mission and purpose', () => {
    expect(s.vision).toBe('Sammen får vi ting til å skje!');
    expect(OSTFOLD).toContain(`VISJON ${s.vision}`);
    expect(OSTFOLD).toContain(`Oppdrag:\n\n${s.mission}`);
    expect(OSTFOLD).toContain(`FORMÅL: ${s.purpose}`);
  });

  /** The cells of the table row after the row whose first cell is `header`. */
  function tableBelow(header: string): { names: string[]; texts: string[] } {
    const raw = OSTFOLD.split('\n');
    const i = raw.findIndex((l) => l.split('\t')[0]?.trim() === header);
    const cells = (l: string | undefined) => (l ?? '').split('\t').map((c) => c.trim()).filter((c) => c !== '');
    return { names: cells(raw[i]), texts: cells(raw[i + 1]) };
  }

  it('has the three roller with their descriptions', () => {
    const { names, texts } = tableBelow('KOBLER');
    expect(s.roles.map((r) => r.name.toUpperCase())).toEqual(names);
    expect(s.roles.map((r) => r.description)).toEqual(texts);
  });

  it('has the four verdier with their descriptions', () => {
    const three = tableBelow('FREMTIDSORIENTERT');
    const trust = tableBelow('TILLIT');
    const byName = new Map(s.values.map((v) => [v.name.toUpperCase(), v.description]));
    expect(s.values.map((v) => v.name)).toEqual(['Tillit', 'Fremtidsorientert', 'Entusiasme', 'Samhandling']);
    [...trust.names, ...three.names].forEach((name, i) => {
      expect(byName.get(name)).toBe([...trust.texts, ...three.texts][i]);
    });
  });

  it('has three innsatsområder and three støtteområder with the document’s descriptions', () => {
    expect(s.focusAreas.map((f) => [f.id, f.kind])).toEqual([
      [OST_FOCUS_AREA_IDS.greenIndustry, 'priority'],
      [OST_FOCUS_AREA_IDS.bioeconomy, 'priority'],
      [OST_FOCUS_AREA_IDS.digital, 'priority'],
      [OST_FOCUS_AREA_IDS.attractiveness, 'support'],
      [OST_FOCUS_AREA_IDS.capital, 'support'],
      [OST_FOCUS_AREA_IDS.competence, 'support'],
    ]);
    for (const f of s.focusAreas) {
      // The prose section: the heading, a blank line, the description.
      expect(OSTFOLD.toLowerCase()).toContain(`${f.name}\n\n${f.description}`.toLowerCase());
      expect(OSTFOLD).toContain(`\n\n${f.description}`);
    }
    const support = s.focusAreas.filter((f) => f.kind === 'support').map((f) => `«${f.name}»`);
    expect(OSTFOLD).toContain(`(${support[0] ?? ''}, ${support[1] ?? ''} og ${support[2] ?? ''}) blir å regne som viktige støtteområder`);
  });

  it('has the partner regions, no invented actors, and the 5-faktormodell as actor categories', () => {
    const regions = s.partnerRegions.map((r) => r.name);
    expect(regions).toEqual(['Follo', 'Värmland', 'Västra Götaland']);
    expect(OSTFOLD).toContain(`regioner som ${regions[0] ?? ''}, ${regions[1] ?? ''} og ${regions[2] ?? ''}`);
    expect(s.actors).toEqual([]);
    expect(s.initiatives).toEqual([]);
    const all = lines(OSTFOLD);
    const start = all.findIndex((l) => l.includes('«5-faktormodellen»'));
    const factors = all.slice(start + 1).filter((l) => l.startsWith('- ')).slice(0, 5);
    expect(factors).toHaveLength(ACTOR_CATEGORIES.length);
    expect(s.notes).toContain(factors.map((f) => f.slice(2)).join(', '));
  });
});

describe('createExampleDocument', () => {
  const doc = createExampleDocument();
  const plan = doc.plans[0];
  const active = doc.actions.filter((a) => ACTIVE_STATUSES.includes(a.status));
  const own = (a: Action) => a.funding.filter((f) => f.source === 'own').reduce((s, f) => s + f.amount, 0);
  const funded = (a: Action) => a.funding.reduce((s, f) => s + f.amount, 0);

  it('is valid, deterministic and clearly marked as invented', () => {
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(createExampleDocument()).toEqual(doc);
    expect(doc.strategy.name).toMatch(/^Eksempel – oppdiktede data/);
    expect(doc.strategy.notes).toMatch(/^EKSEMPEL – OPPDIKTEDE DATA/);
  });

  it('keeps the Osloregionen structure and adds invented satsinger, a tverrgående prosjekt and ~12 actors', () => {
    const oslo = strategyOf('osloregionen-2025-2028');
    expect(doc.strategy.guidingStrategies).toEqual(oslo.guidingStrategies);
    expect(doc.strategy.focusAreas).toEqual(oslo.focusAreas);
    expect(doc.strategy.vision).toBe(oslo.vision);
    for (const f of doc.strategy.focusAreas) {
      expect(doc.strategy.initiatives.filter((i) => i.focusAreaId === f.id).length).toBeGreaterThanOrEqual(2);
    }
    expect(doc.strategy.crossCuttingProjects).toHaveLength(1);
    expect(doc.strategy.actors.length).toBeGreaterThanOrEqual(10);
    expect(new Set(doc.strategy.actors.map((a) => a.category))).toEqual(new Set(ACTOR_CATEGORIES));
  });

  it('has one draft handlingsplan for 2025 with frame, capacity and target shares', () => {
    expect(doc.plans).toHaveLength(1);
    expect(plan?.year).toBe(2025);
    expect(plan?.status).toBe('draft');
    expect(plan?.frame.ownFunds).toBe(2_000_000);
    expect(plan?.frame.capacityHours).toBe(3_000);
    const shares = plan?.frame.targetShares ?? {};
    expect(Object.keys(shares).sort()).toEqual(doc.strategy.focusAreas.map((f) => f.id).sort());
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('has ~25 tiltak with a mix of statuses, priorities and funding, dated inside 2025', () => {
    expect(doc.actions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(doc.actions.map((a) => a.status))).toEqual(new Set(['planned', 'ongoing', 'done', 'postponed', 'cancelled']));
    expect(new Set(doc.actions.map((a) => a.priority))).toEqual(new Set([1, 2, 3]));
    const lines = doc.actions.flatMap((a) => a.funding);
    expect(new Set(lines.map((l) => l.source))).toEqual(new Set(['own', 'partner', 'external']));
    expect(new Set(lines.map((l) => l.status))).toEqual(new Set(['confirmed', 'applied', 'planned']));
    for (const a of doc.actions) {
      for (const d of [a.start, a.deadline]) if (d !== null) expect(d.slice(0, 4)).toBe('2025');
      if (a.start !== null && a.deadline !== null) expect(a.start <= a.deadline).toBe(true);
    }
    expect(new Set(doc.actions.map((a) => a.number)).size).toBe(doc.actions.length);
  });

  it('gives the kontroll something to find: overrun, gaps, one uncovered tiltak, an unused satsing', () => {
    const ownTotal = active.reduce((s, a) => s + own(a), 0);
    expect(ownTotal).toBe(2_150_000);
    expect(ownTotal).toBeGreaterThan(plan?.frame.ownFunds ?? Infinity);
    expect(active.reduce((s, a) => s + a.hours, 0)).toBeLessThanOrEqual(plan?.frame.capacityHours ?? 0);
    expect(doc.actions.filter((a) => a.owner.trim() === '')).toHaveLength(2);
    expect(doc.actions.filter((a) => a.kpis.length === 0)).toHaveLength(1);
    expect(doc.actions.filter((a) => a.deadline === null)).toHaveLength(1);
    const uncovered = doc.actions.filter((a) => a.cost > funded(a));
    expect(uncovered.map((a) => a.cost - funded(a))).toEqual([100_000]);
    const partnerOutsideList = doc.actions.filter((a) =>
      a.funding.some((f) => f.source === 'partner' && f.actorId !== null && !a.partnerIds.includes(f.actorId)),
    );
    expect(partnerOutsideList).toHaveLength(1);
    const used = new Set(doc.actions.flatMap((a) => a.initiativeIds));
    expect(doc.strategy.initiatives.filter((i) => !used.has(i.id)).map((i) => i.name)).toEqual(['Natur og arealbruk']);
  });
});
