/**
 * Rapporter (issue 12, point 6): the report's content follows the roll-up (every active
 * tiltak once, under its area; counts and attention as followUpRollUp gives them; a closed
 * period from its snapshot), and the .docx is accessible: heading styles, repeating table
 * header rows, language and title in the core properties and on the runs, no images.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { PlanDocument } from '@shared/domain/document';
import { activeClosure } from '@shared/domain/follow-up';
import { buildReport, reportContent, type ReportContent } from '@shared/report';
import { followUpRollUp, isActive } from '@shared/rules';
import { createExampleDocument } from '@shared/templates';

const example = createExampleDocument();
const plan = example.plans[0]!;
const date = '2026-11-30';

function content(doc: PlanDocument, period: string, language: 'nb' | 'en' = 'nb'): ReportContent {
  const made = reportContent(doc, { year: plan.year, period, language, date });
  if (!made.ok) throw new Error(made.error.code);
  return made.content;
}

async function unzip(period: string, language: 'nb' | 'en' = 'nb'): Promise<Record<string, string>> {
  const made = await buildReport(example, { year: plan.year, period, language, date }, { timestamp: '2026-11-30T12:00:00Z' });
  if (!made.ok) throw new Error(made.error.code);
  const files = unzipSync(made.bytes);
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

describe('reportContent', () => {
  it('lists every active tiltak exactly once, in the section of its roll-up group', () => {
    const c = content(example, 'T2');
    const rollUp = followUpRollUp({ strategy: example.strategy, plan, actions: example.actions }, 'T2');
    const listed = c.sections.flatMap((s) => s.areas.flatMap((a) => a.groups.flatMap((g) => g.actions.map((x) => x.actionId))));
    const active = example.actions.filter((a) => a.planId === plan.id && isActive(a)).map((a) => a.id);
    expect([...listed].sort()).toEqual([...active].sort());
    // Each area's tiltak are the roll-up's area group.
    for (const area of example.strategy.focusAreas) {
      const section = c.sections[0]!.areas.find((a) => a.heading === area.name);
      const ids = section?.groups.flatMap((g) => g.actions.map((x) => x.actionId)) ?? [];
      expect([...ids].sort()).toEqual([...(rollUp.groups.find((g) => g.key === `area:${area.id}`)?.actionIds ?? [])].sort());
    }
  });

  it('summary counts and the attention list are the roll-up’s', () => {
    const c = content(example, 'T2');
    const rollUp = followUpRollUp({ strategy: example.strategy, plan, actions: example.actions }, 'T2');
    const whole = rollUp.groups[0]!;
    expect(c.summary.counts.rows.map((r) => r[1])).toEqual([
      ...(['notStarted', 'onTrack', 'delayed', 'stopped', 'done', 'none'] as const).map((s) => String(whole.counts[s])),
      String(whole.counts.total),
    ]);
    expect(c.attention.items).toHaveLength(rollUp.attention.length);
    expect(c.attention.items.length).toBeGreaterThan(0);
  });

  it('T2 is a tertialrapport, T3 the årsrapport; the English report is titled in English', () => {
    expect(content(example, 'T2').isAnnual).toBe(false);
    expect(content(example, 'T2').title).toMatch(/^Tertialrapport 2025/);
    expect(content(example, 't3').isAnnual).toBe(true);
    expect(content(example, 'T3').title).toMatch(/^Årsrapport 2025/);
    expect(content(example, 'T3', 'en').title).toMatch(/^Annual report 2025/);
    expect(content(example, 'T3', 'en').languageTag).toBe('en-GB');
  });

  it('a closed period reads its snapshot, not later updates', () => {
    const closure = activeClosure(plan.followUp, 'T1');
    expect(closure).toBeDefined();
    const before = content(example, 'T1');
    // A later T1 update (as if added after closing) must not change the closed report.
    const first = example.actions.find((a) => a.planId === plan.id && isActive(a))!;
    const changed: PlanDocument = structuredClone(example);
    changed.plans[0]!.followUp.updates.push({
      id: 'late-update',
      actionId: first.id,
      periodId: 'T1',
      status: 'stopped',
      comment: 'Etterpå',
      kpiValues: [],
      spending: [{ source: 'own', amount: 9_999_999 }],
      expectedDeadline: null,
      date: '2025-04-30',
      author: 'Test',
    });
    const after = content(changed, 'T1');
    expect(after.summary).toEqual(before.summary);
    expect(after.attention).toEqual(before.attention);
    expect(after.titlePage.some((l) => l.includes('lukket'))).toBe(true);
  });

  it('refuses an unknown period and a year without a plan with codes', () => {
    const unknown = reportContent(example, { year: plan.year, period: 'X9', language: 'nb', date });
    expect(unknown.ok ? null : unknown.error.code).toBe('followUp.refused.unknownPeriod');
    const noPlan = reportContent(example, { year: 1999, period: 'T1', language: 'nb', date });
    expect(noPlan.ok ? null : noPlan.error.code).toBe('excel.context.noPlan');
  });
});

describe('reportDocx', () => {
  it('has real heading styles, repeating table header rows and the language on the runs', async () => {
    const files = await unzip('T2');
    const xml = files['word/document.xml']!;
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toContain('<w:tblHeader/>');
    // Every table's first row is a header row.
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.indexOf('<w:tblHeader/>')).toBeLessThan(t.indexOf('</w:tr>'));
    expect(files['word/styles.xml']).toMatch(/<w:lang w:val="nb-NO"\/>/);
    // No images, so no alt text is owed.
    expect(Object.keys(files).some((p) => p.startsWith('word/media/'))).toBe(false);
    expect(xml).not.toContain('<w:drawing');
  });

  it('sets title and language in the core properties (nb-NO, en-GB)', async () => {
    const nb = (await unzip('T3'))['docProps/core.xml']!;
    expect(nb).toContain('<dc:language>nb-NO</dc:language>');
    expect(nb).toMatch(/<dc:title>Årsrapport 2025 – [^<]+<\/dc:title>/);
    expect(nb).toContain('2026-11-30T12:00:00Z');
    const en = await unzip('T2', 'en');
    expect(en['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>');
    expect(en['docProps/core.xml']).toMatch(/<dc:title>Tertial report 2025 – [^<]+<\/dc:title>/);
    expect(en['word/styles.xml']).toMatch(/<w:lang w:val="en-GB"\/>/);
  });

  it('escapes markup in names', async () => {
    const doc: PlanDocument = structuredClone(example);
    doc.strategy.organisation = 'A & B <AS>';
    const made = await buildReport(doc, { year: plan.year, period: 'T2', language: 'nb', date });
    if (!made.ok) throw new Error(made.error.code);
    const core = strFromU8(unzipSync(made.bytes)['docProps/core.xml']!);
    expect(core).toContain('<dc:creator>A &amp; B &lt;AS&gt;</dc:creator>');
  });
});
