/**
 * The workbook in both languages: an English export has English sheet names, headers,
 * labels and words (also inside its formulas); the import reads either language; every
 * refusal is a message with a text in bokmål and English, and none of them reads
 * «undefined», «[object Object]» or a JavaScript error. Also the clear refusals of
 * issue 10: rows or cells without r=, a starter Nr an existing tiltak has, a formula in a
 * text field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { applyImport, hasChanges, readWorkbook, type ImportError } from '@shared/excel/import';
import { actionCol, ACTION_COLUMNS, FUNDING_COLUMNS, fundingCol } from '@shared/excel/layout';
import { allWorkbookWords, localiseFormula, workbookWords } from '@shared/excel/words';
import { catalogues, flattenKeys } from '@shared/i18n';
import { hasMessageText, isMessage, renderMessage, type Message } from '@shared/i18n/message';
import { parseHours, parseKroner } from '@shared/input';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook, SHEET_HEAD, SHEET_TAIL, xlsxWithSheet } from './helpers';

const YEAR = 2025;
const en = workbookWords('en');
const nb = workbookWords('nb');

let doc: PlanDocument;
let english: Uint8Array;
let norwegian: Uint8Array;

beforeAll(async () => {
  doc = createExampleDocument();
  english = await exportWorkbook(doc, YEAR, { language: 'en' });
  norwegian = await exportWorkbook(doc, YEAR);
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

function need(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function errorsOf(bytes: Uint8Array, target: PlanDocument = doc): Promise<ImportError[]> {
  const result = await readWorkbook(bytes, target, YEAR);
  if (result.ok) throw new Error('expected errors, got a preview');
  return result.errors;
}

/** Every message inside a message (itself and its message params), depth first. */
function messagesIn(m: Message): Message[] {
  return [m, ...Object.values(m.params ?? {}).flatMap((p) => (isMessage(p) ? messagesIn(p) : []))];
}

describe('English export', () => {
  it('has English sheet names, headers, labels and words', async () => {
    const wb = await load(english);
    expect(wb.worksheets.map((w) => w.name)).toEqual([en.sheets.summary, en.sheets.actions, en.sheets.funding, en.sheets.frame]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Actions', 'Funding', 'Frame']);
    const actions = need(wb, 'Actions');
    expect(ACTION_COLUMNS.map((_c, i) => actions.getRow(1).getCell(i + 1).value)).toEqual(ACTION_COLUMNS.map((c) => en.columns[c.key]));
    expect(actions.getRow(1).getCell(1).value).toBe('No.');
    const funding = need(wb, 'Funding');
    expect(FUNDING_COLUMNS.map((_c, i) => funding.getRow(1).getCell(i + 1).value)).toEqual(FUNDING_COLUMNS.map((c) => en.fundingColumns[c.key]));
    const statuses = new Set(doc.actions.map((a) => en.status[a.status]));
    actions.eachRow((row, r) => {
      if (r > 1) expect(statuses).toContain(row.getCell(actionCol('status')).value);
    });
    const sources = new Set(Object.values(en.source));
    funding.eachRow((row, r) => {
      if (r > 1) expect(sources).toContain(row.getCell(fundingCol('source')).value);
    });
    const frame = need(wb, 'Frame');
    expect(frame.getCell('A1').value).toBe('Item');
    expect(frame.getCell('A2').value).toBe(en.frame.year);
    const summary = need(wb, 'Summary');
    expect(summary.getCell('A1').value).toBe(en.summaryColumns.focusArea);
    expect(wb.title).toBe(`${doc.strategy.name} – budget ${YEAR}`);
  });

  it('writes its formulas with the English sheet names and words', async () => {
    const wb = await load(english);
    const own = need(wb, 'Actions').getCell(`${actionCol('ownFunds')}2`).value as { formula: string };
    expect(own.formula).toContain('Funding!');
    expect(own.formula).toContain('"Own funds"');
    expect(own.formula).not.toMatch(/Finansiering|Egne midler/);
    const active = need(wb, 'Actions').getCell(`${actionCol('active')}2`).value as { formula: string };
    expect(active.formula).toContain('"Postponed"');
    expect(active.formula).toContain('"Yes"');
  });

  it('localiseFormula changes sheet references and quoted words only', () => {
    expect(localiseFormula('SUMIFS(Finansiering!$D:$D,Finansiering!$A:$A,$A2,Finansiering!$B:$B,"Egne midler")', en)).toBe(
      'SUMIFS(Funding!$D:$D,Funding!$A:$A,$A2,Funding!$B:$B,"Own funds")',
    );
    expect(localiseFormula(`IF('Rammer'!$B$3="","",Rammer!$B$3)+Tiltak!A1`, en)).toBe('IF(Frame!$B$3="","",Frame!$B$3)+Actions!A1');
    // A quoted string that is not one of the words, and a name that is not a sheet, stay as they are.
    expect(localiseFormula('"Tiltak!"&Annet!A1&"Ja "', en)).toBe('"Tiltak!"&Annet!A1&"Ja "');
    expect(localiseFormula('Tiltak!A1', nb)).toBe('Tiltak!A1');
  });

  it('no header means two different columns across the languages', () => {
    for (const set of ['columns', 'fundingColumns'] as const) {
      const owner = new Map<string, string>();
      for (const w of allWorkbookWords()) {
        for (const [key, header] of Object.entries(w[set])) {
          const k = header.toLowerCase();
          expect(owner.get(k) ?? key, `${set}: «${header}»`).toBe(key);
          owner.set(k, key);
        }
      }
    }
  });
});

describe('import reads either language', () => {
  it('an unchanged English workbook changes nothing', async () => {
    const result = await readWorkbook(english, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'en', true)).join('\n'));
    expect(hasChanges(result.preview)).toBe(false);
  });

  it('edits in an English workbook — English or Norwegian words — show up in the preview', async () => {
    const [first, second] = doc.actions;
    if (!first || !second) throw new Error('example lacks tiltak');
    const edited = await editWorkbook(english, (wb) => {
      const t = need(wb, 'Actions');
      t.getCell(`${actionCol('status')}2`).value = 'Postponed';
      t.getCell(`${actionCol('status')}3`).value = 'Fullført';
      t.getCell(`${actionCol('priority')}3`).value = 'must';
      need(wb, 'Frame').getCell('B3').value = 2_600_000;
    });
    const result = await readWorkbook(edited, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'en', true)).join('\n'));
    const byId = new Map(result.preview.changed.map((c) => [c.before.id, c]));
    expect(byId.get(first.id)?.after.status).toBe('postponed');
    expect(byId.get(second.id)?.after).toMatchObject({ status: 'done', priority: 1 });
    expect(result.preview.frame?.after.ownFunds).toBe(2_600_000);
    expect(applyImport(doc, YEAR, result.preview).actions.find((a) => a.id === first.id)?.status).toBe('postponed');
  });

  it('an English starter sheet becomes new actions', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Title', 'Initiative', 'Owner', 'Cost', 'Own funds', 'Deadline', 'Status']);
    ws.addRow(['Shared training', 'Klimatilpasning', 'Secretariat', 1000, 500, '31.10.2025', 'Ongoing']);
    const result = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'en', true)).join('\n'));
    expect(result.preview.kind).toBe('starter');
    expect(result.preview.added[0]).toMatchObject({ title: 'Shared training', owner: 'Secretariat', cost: 1000, status: 'ongoing', deadline: '2025-10-31' });
  });

  it('a workbook with neither language’s sheets names both', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').addRow(['Something', 'Else']);
    const errors = await errorsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(errors).toEqual([{ code: 'excel.sheets.missingSheet', params: { nb: 'Tiltak', en: 'Actions', sheets: '«Data»' }, where: { sheet: 'Tiltak' } }]);
    expect(renderMessage(errors[0] as Message, 'en')).toContain('The sheet «Actions» (in Norwegian «Tiltak») was not found. The sheets in the file are: «Data».');
  });

  it('English cell errors name the English sheet and choices', async () => {
    const edited = await editWorkbook(english, (wb) => {
      need(wb, 'Actions').getCell(`${actionCol('status')}2`).value = 'Maybe';
    });
    const errors = await errorsOf(edited);
    expect(errors).toEqual([
      {
        code: 'excel.cell',
        params: { expected: { code: 'excel.expected.status', params: { choices: 'Planned, Ongoing, Done, Postponed, Cancelled' } }, found: { code: 'excel.found.unknown', params: { value: 'Maybe' } } },
        where: { sheet: 'Actions', row: 2, column: actionCol('status'), field: 'excel.workbook.columns.status' },
      },
    ]);
    expect(renderMessage(errors[0] as Message, 'en', true)).toBe(
      `sheet Actions, row 2, column ${actionCol('status')}, field «Status»: Expected one of Planned, Ongoing, Done, Postponed, Cancelled, found «Maybe».`,
    );
  });
});

describe('clear refusals (issue 10)', () => {
  it('cells or rows without r= are refused with a clear message, not a JavaScript error', async () => {
    const noCellRef = xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c t="inlineStr"><is><t>Tittel</t></is></c></row>${SHEET_TAIL}`)]);
    const noRowRef = xlsxWithSheet([strToU8(`${SHEET_HEAD}<row><c r="A1" t="inlineStr"><is><t>Tittel</t></is></c></row>${SHEET_TAIL}`)]);
    const bareCell = xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c/></row>${SHEET_TAIL}`)]);
    for (const bytes of [noCellRef, noRowRef, bareCell]) {
      expect(await errorsOf(bytes)).toEqual([{ code: 'excel.limits.cell-without-reference', params: { sheet: 'Tiltak' } }]);
    }
  });

  it('a starter Nr that an existing tiltak has says so (no «rad –»)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Nr', 'Tittel']);
    ws.addRow([doc.actions[0]?.number ?? '1', 'Dobbelt']);
    const errors = await errorsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(errors).toEqual([
      {
        code: 'excel.cell',
        params: { expected: { code: 'excel.expected.uniqueNumber' }, found: { code: 'excel.found.existingNumber', params: { value: doc.actions[0]?.number } } },
        where: { sheet: 'Ark1', row: 2, column: 'A', field: 'excel.workbook.columns.number' },
      },
    ]);
    expect(renderMessage(errors[0] as Message, 'nb')).not.toContain('–');
  });

  it('a formula in a text field is refused per cell, even with a cached result (=HYPERLINK → «klikk»)', async () => {
    const hyperlink = { formula: 'HYPERLINK("https://example.org","klikk")', result: 'klikk', date1904: false };
    const edited = await editWorkbook(norwegian, (wb) => {
      need(wb, 'Tiltak').getCell(`${actionCol('title')}2`).value = hyperlink;
    });
    const errors = await errorsOf(edited);
    expect(errors).toEqual([
      {
        code: 'excel.cell',
        params: { expected: { code: 'excel.expected.text', params: { max: 500 } }, found: { code: 'excel.found.formula', params: { formula: 'HYPERLINK("https://example.org","klikk")' } } },
        where: { sheet: 'Tiltak', row: 2, column: actionCol('title'), field: 'excel.workbook.columns.title' },
      },
    ]);
    // In a starter sheet too.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Tittel', 'Ansvarlig']);
    ws.addRow(['Greit', { formula: 'A2&"!"', result: 'Greit!' }]);
    const starter = await errorsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(starter.map((e) => [e.where?.column, (e.params?.found as Message).code])).toEqual([['B', 'excel.found.formula']]);
  });
});

describe('every refusal has a text in both languages', () => {
  it('the messages of a battery of bad workbooks: known codes, no «undefined», «[object Object]» or JavaScript error', async () => {
    const noPlanYear = await readWorkbook(norwegian, doc, 2031);
    const edits: ((wb: ExcelJS.Workbook) => void)[] = [
      (wb) => {
        const t = need(wb, 'Tiltak');
        t.getCell(`${actionCol('cost')}2`).value = 'mye';
        t.getCell(`${actionCol('hours')}2`).value = true;
        t.getCell(`${actionCol('start')}2`).value = { error: '#REF!' };
        t.getCell(`${actionCol('deadline')}2`).value = { formula: '1+1', date1904: false };
        t.getCell(`${actionCol('status')}3`).value = '';
        t.getCell(`${actionCol('title')}3`).value = 'x'.repeat(600);
        t.getCell(`${actionCol('crossCuttingProject')}4`).value = 'Ukjent';
        t.getCell(`${actionCol('number')}5`).value = '1';
        t.getCell(`${actionCol('priority')}6`).value = 'snart';
        need(wb, 'Finansiering').getCell(`${fundingCol('actor')}2`).value = 'Ingen slik aktør';
        need(wb, 'Finansiering').getCell(`${fundingCol('actionNumber')}3`).value = '999';
        need(wb, 'Rammer').getCell('B3').value = -5;
      },
      (wb) => {
        need(wb, 'Rammer').getCell('B2').value = 'i fjor';
      },
      (wb) => {
        need(wb, 'Tiltak').getCell('A1').value = 'Ikke Nr';
      },
      (wb) => wb.removeWorksheet(need(wb, 'Finansiering').id),
    ];
    const errors: ImportError[] = [];
    if (!noPlanYear.ok) errors.push(...noPlanYear.errors);
    for (const edit of edits) errors.push(...(await errorsOf(await editWorkbook(norwegian, edit))));
    errors.push(...(await errorsOf(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))));
    const codes = new Set(errors.flatMap(messagesIn).map((m) => m.code));
    expect(codes.size).toBeGreaterThan(15);
    for (const e of errors) {
      for (const m of messagesIn(e)) {
        expect(hasMessageText(m.code, 'nb'), m.code).toBe(true);
        expect(hasMessageText(m.code, 'en'), m.code).toBe(true);
      }
      if (e.where?.field !== undefined) {
        expect(hasMessageText(e.where.field, 'nb'), e.where.field).toBe(true);
        expect(hasMessageText(e.where.field, 'en'), e.where.field).toBe(true);
      }
      for (const language of ['nb', 'en'] as const) {
        const text = renderMessage(e, language, true);
        expect(text).not.toMatch(/undefined|\[object Object\]|Cannot read|TypeError|Error:/);
      }
    }
  });

  it('every excel.limits code has a text in both languages', () => {
    const limits = flattenKeys(catalogues.nb).filter((k) => k.startsWith('excel.limits.'));
    expect(limits.length).toBeGreaterThan(10);
    for (const code of limits) expect(hasMessageText(code, 'en'), code).toBe(true);
  });
});

describe('every code shared/excel writes has a text', () => {
  it('msg(…), expected(…), found(…), refuse(…), corrupt(…) and limitError(…) in the source all name catalogue keys in nb and en', () => {
    const root = fileURLToPath(new URL('../../../shared/excel', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const codes = new Set<string>();
    const patterns: [RegExp, string][] = [
      [/\bmsg\(\s*'([\w.-]+)'/g, ''],
      [/\bexpected\(\s*'(\w+)'/g, 'excel.expected.'],
      [/\bfound\(\s*'(\w+)'/g, 'excel.found.'],
      [/\bchoices\(\s*'(\w+)'/g, 'excel.expected.'],
      [/\bcorrupt\(\s*'(\w+)'/g, 'excel.corrupt.'],
      [/\b(?:refuse|limitError)\(\s*'([\w-]+)'/g, 'excel.limits.'],
    ];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [re, prefix] of patterns) {
        for (const m of text.matchAll(re)) codes.add(`${prefix}${m[1]}`);
      }
    }
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter((c) => !hasMessageText(c, 'nb') || !hasMessageText(c, 'en'));
    expect(missing).toEqual([]);
  });
});

describe('typed numbers and dates read as the app’s fields read them (shared/input)', () => {
  it('amounts, hours and dates typed as text: accepted and refused like the detail panel, in the workbook’s language', async () => {
    const [first, second, third] = doc.actions;
    if (!first || !second || !third) throw new Error('example lacks tiltak');
    const nbEdited = await editWorkbook(norwegian, (wb) => {
      const t = need(wb, 'Tiltak');
      t.getCell(`${actionCol('cost')}2`).value = '1.500 kr';
      t.getCell(`${actionCol('hours')}2`).value = '1 200 timer';
      t.getCell(`${actionCol('deadline')}2`).value = '2025-12-31';
    });
    const nbResult = await readWorkbook(nbEdited, doc, YEAR);
    if (!nbResult.ok) throw new Error(nbResult.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(nbResult.preview.changed[0]?.after).toMatchObject({ cost: 1500, hours: 1200, deadline: '2025-12-31' });
    expect([parseKroner('1.500 kr'), parseHours('1 200 timer')]).toEqual([{ ok: true, value: 1500 }, { ok: true, value: 1200 }]);

    const enEdited = await editWorkbook(english, (wb) => {
      need(wb, 'Actions').getCell(`${actionCol('cost')}2`).value = '1,500';
    });
    const enResult = await readWorkbook(enEdited, doc, YEAR);
    if (!enResult.ok) throw new Error(enResult.errors.map((e) => renderMessage(e, 'en', true)).join('\n'));
    expect(enResult.preview.changed[0]?.after.cost).toBe(1500);

    const refused = await editWorkbook(norwegian, (wb) => {
      const t = need(wb, 'Tiltak');
      t.getCell(`${actionCol('cost')}2`).value = '1 500,50';
      t.getCell(`${actionCol('hours')}3`).value = '-3';
      t.getCell(`${actionCol('deadline')}4`).value = '31.02.2025';
    });
    const errors = await errorsOf(refused);
    expect(errors.map((e) => [e.code, e.where?.row, (e.params?.reason as Message | undefined)?.code])).toEqual([
      ['excel.cellBecause', 2, 'input.kroner.notWhole'],
      ['excel.cellBecause', 3, 'input.hours.negative'],
      ['excel.cellBecause', 4, 'input.date.invalid'],
    ]);
    expect(renderMessage(errors[0] as Message, 'en', true)).toContain('Expected an amount in whole kroner (0 or more), found «1 500,50». ');
  });
});
