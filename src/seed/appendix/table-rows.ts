// Turns the transcribed Appendix I text into logical table rows: one row per TT entry,
// with page-break continuation rows merged back and every cell cleaned.

/** The five columns after TT, in the order the plan prints them. */
export const APPENDIX_COLUMNS = ['title', 'lead', 'coordinating', 'years', 'expectedResult'] as const;

export type AppendixColumn = (typeof APPENDIX_COLUMNS)[number];

/** The header the plan repeats at the top of every page; a different one means the layout changed. */
export const APPENDIX_HEADER: readonly string[] = ['TT', 'Nhiệm vụ thực hiện', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Kết quả dự kiến'];

export interface AppendixRow {
  /** The TT cell: a roman numeral for a section, a number for a task. */
  tt: string;
  cells: Record<AppendixColumn, string>;
  /** 1-based source line where the row starts, for error messages. */
  line: number;
}

export interface AppendixTable {
  /** Non-blank lines before the first header (appendix name, bold title, decision reference). */
  preambleLines: string[];
  rows: AppendixRow[];
}

// Invisible characters that survive copy-paste from PDF/Word and would break exact matching.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

function stripTags(text: string): string {
  // <br> separates words; inline tags such as <i> do not.
  return text.replace(/<br\s*\/?>/giu, ' ').replace(/<\/?[a-z][^>]*>/giu, '');
}

/** A cell holding a <ul> of "- item" parts becomes one "- item" line per part. */
function cleanList(text: string, open: RegExpExecArray, where: string): string {
  const before = collapse(stripTags(text.slice(0, open.index)));
  let body = text.slice(open.index + open[0].length);
  const close = /<\/ul\s*>/iu.exec(body);
  if (close) {
    const after = collapse(stripTags(body.slice(close.index + close[0].length)));
    if (after !== '') throw new Error(`Unexpected text after the list in ${where}: "${after}"`);
    body = body.slice(0, close.index);
  }
  // <li> items are treated like the plan's " - " items.
  body = ` ${body.replace(/<li\b[^>]*>/giu, ' - ').replace(/<\/li\s*>/giu, ' ')}`;
  const [lead, ...items] = body.split(/\s-\s+/u).map((part) => collapse(stripTags(part)));
  if (lead !== '') throw new Error(`List text outside a "- " item in ${where}: "${lead}"`);
  if (items.length === 0 || items.some((item) => item === '')) {
    throw new Error(`Empty list item in ${where}: "${collapse(text)}"`);
  }
  const lines = items.map((item) => `- ${item}`);
  return (before === '' ? lines : [before, ...lines]).join('\n');
}

/** Strips HTML, collapses whitespace, trims and NFC-normalises one cell. `where` names it in errors. */
export function cleanCell(raw: string, where: string): string {
  const text = raw.normalize('NFC');
  const open = /<ul\b[^>]*>/iu.exec(text);
  const cleaned = open ? cleanList(text, open, where) : collapse(stripTags(text));
  // Leftover angle brackets mean markup we do not understand; better to stop than to store it.
  if (/[<>]/u.test(cleaned)) throw new Error(`Unexpected markup in ${where}: "${collapse(raw)}"`);
  return cleaned;
}

function appendCell(previous: string, addition: string): string {
  if (addition === '') return previous;
  return previous === '' ? addition : `${previous} ${addition}`;
}

/**
 * Splits the appendix text into its preamble and logical rows. A row whose TT cell is empty continues
 * the previous row across a page break: each non-empty cell is appended to the same cell with one space.
 */
export function splitAppendixTable(text: string): AppendixTable {
  const preambleLines: string[] = [];
  const rows: AppendixRow[] = [];
  let seenHeader = false;

  text.split(/\r\n|\r|\n/u).forEach((rawLine, index) => {
    const line = index + 1;
    if (!rawLine.includes('\t')) {
      const plain = collapse(rawLine.normalize('NFC'));
      if (plain === '') return;
      if (seenHeader) throw new Error(`Unexpected non-table text at line ${line}: "${plain}"`);
      preambleLines.push(plain);
      return;
    }

    const raw = rawLine.split('\t');
    if (raw.length !== APPENDIX_HEADER.length) {
      throw new Error(`Line ${line} has ${raw.length} cells, expected ${APPENDIX_HEADER.length}`);
    }
    const tt = cleanCell(raw[0], `line ${line}, column TT`);
    if (tt === APPENDIX_HEADER[0]) {
      const header = raw.map((cell, i) => cleanCell(cell, `line ${line}, header cell ${i + 1}`));
      if (header.some((cell, i) => cell !== APPENDIX_HEADER[i])) {
        throw new Error(`Unexpected table header at line ${line}: "${header.join(' | ')}"`);
      }
      seenHeader = true;
      return;
    }
    if (!seenHeader) throw new Error(`Table row before the table header at line ${line}`);

    const cells = {} as Record<AppendixColumn, string>;
    APPENDIX_COLUMNS.forEach((column, i) => {
      cells[column] = cleanCell(raw[i + 1], `line ${line}, column ${column}`);
    });

    if (tt !== '') {
      rows.push({ tt, cells, line });
      return;
    }
    const previous = rows[rows.length - 1];
    if (!previous) throw new Error(`Continuation row at line ${line} has no row to continue`);
    for (const column of APPENDIX_COLUMNS) {
      previous.cells[column] = appendCell(previous.cells[column], cells[column]);
    }
  });

  if (!seenHeader) throw new Error('No table header found in the appendix text');
  return { preambleLines, rows };
}
