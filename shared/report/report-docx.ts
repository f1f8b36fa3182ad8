/**
 * Rapport som Word-dokument (.docx, issue 12 point 6): lays a `ReportContent` out with the
 * `docx` library (runs in Node, the renderer and a worker). Accessible as Uutilsynet asks of
 * published documents: real heading styles (Title, Heading 1–3), tables whose header row
 * repeats on every page (`w:tblHeader`), the document language on every run (`w:lang`) and
 * in the core properties (`dc:language`) with the title (`dc:title`). It draws no charts, so
 * there are no images that would need alt text; statuses are words, never colour alone.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportActionGroup, ReportContent, ReportTable } from './report-content';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Kjerneegenskaper (docProps/core.xml) with title, language, creator and the report date:
 * the docx library writes no `dc:language`, so the file is given whole.
 */
export function coreXml(content: ReportContent, isoTimestamp: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(content.title)}</dc:title>`,
    `<dc:subject>${escapeXml(content.organisation)}</dc:subject>`,
    `<dc:creator>${escapeXml(content.organisation)}</dc:creator>`,
    `<dc:language>${content.languageTag}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${isoTimestamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoTimestamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function cell(lines: readonly string[], options: { bold?: boolean; right?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    borders,
    ...(options.width === undefined ? {} : { width: { size: options.width, type: WidthType.PERCENTAGE } }),
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold === true })],
        }),
    ),
  });
}

/** A table whose first row is a header row repeated on every page. `right` marks the columns that hold amounts. */
function table(header: readonly string[], rows: readonly (readonly (readonly string[])[])[], right: readonly number[] = [], widths?: readonly number[]): Table {
  const width = (i: number) => widths?.[i];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell([h], { bold: true, right: right.includes(i), width: width(i) })),
      }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, { right: right.includes(i), width: width(i) })) })),
    ],
  });
}

function simpleTable(t: ReportTable, right: readonly number[]): Table {
  return table(
    t.header,
    t.rows.map((row) => row.map((c) => [c])),
    right,
  );
}

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });

function actionTable(content: ReportContent, group: ReportActionGroup): Table {
  return table(
    content.actionHeader,
    group.actions.map((a) => [
      [a.number],
      [a.title, ...(a.comment === null ? [] : [a.comment])],
      [a.statusText, ...(a.statusFrom === null ? [] : [a.statusFrom])],
      a.kpis,
      [a.cost],
      [a.spent],
    ]),
    [4, 5],
    [6, 34, 14, 22, 12, 12],
  );
}

/** The document's body: title page, summary, areas, projects, unlinked, economy, attention. */
function body(content: ReportContent): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(content.title, HeadingLevel.TITLE), ...content.titlePage.map(p), new Paragraph({ children: [new PageBreak()] })];

  out.push(heading(content.summary.heading, HeadingLevel.HEADING_1));
  out.push(heading(content.summary.countsHeading, HeadingLevel.HEADING_2));
  out.push(simpleTable(content.summary.counts, [1]));
  out.push(...content.summary.lines.map(p));

  for (const section of content.sections) {
    out.push(heading(section.heading, HeadingLevel.HEADING_1));
    if (section.intro !== null) out.push(p(section.intro));
    for (const area of section.areas) {
      out.push(heading(area.heading, HeadingLevel.HEADING_2));
      if (area.kindText !== null) out.push(new Paragraph({ children: [new TextRun({ text: area.kindText, italics: true })] }));
      out.push(p(area.counts), p(area.figures));
      for (const group of area.groups) {
        if (group.heading !== null) out.push(heading(group.heading, HeadingLevel.HEADING_3));
        out.push(actionTable(content, group));
      }
    }
  }

  out.push(heading(content.economy.heading, HeadingLevel.HEADING_1));
  out.push(simpleTable(content.economy.table, [1]));
  out.push(heading(content.economy.fundingHeading, HeadingLevel.HEADING_2));
  out.push(simpleTable(content.economy.funding, [1, 2, 3, 4]));

  out.push(heading(content.attention.heading, HeadingLevel.HEADING_1));
  out.push(p(content.attention.intro));
  for (const item of content.attention.items) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
  return out;
}

/** Options for `reportDocx`. */
export interface ReportDocxOptions {
  /** Created/modified time in the core properties (W3C date-time); default now. */
  timestamp?: string;
}

/** The report as a .docx file (bytes). */
export async function reportDocx(content: ReportContent, options: ReportDocxOptions = {}): Promise<Uint8Array> {
  const language = { value: content.languageTag };
  const doc = new Document({
    title: content.title,
    creator: content.organisation,
    styles: {
      default: {
        document: { run: { language, font: 'Calibri', size: 22 } },
      },
    },
    sections: [{ properties: {}, children: body(content) }],
  });
  const timestamp = options.timestamp ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(content, timestamp) }]);
}
