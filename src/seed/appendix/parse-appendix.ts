// Parses Appendix I of the plan (the task table) into sections, tasks, responsible agencies and targets.
// Pure: the caller passes the text and the agency catalogue. Anything it cannot resolve throws, naming the row.
import { createAgencyResolver, type AgencyResolver } from './agency-phrases';
import type { AgencyCatalogue, ParsedPlan, ParsedSection, ParsedTask } from './appendix.types';
import { APPENDIX_ERRATA, applyErrata, type Erratum } from './errata';
import { splitAppendixTable, type AppendixRow } from './table-rows';
import { extractTargets, TARGET_RULES, type TargetRule } from './target-rules';

export interface ParseAppendixOptions {
  /** Defaults to APPENDIX_ERRATA; tests pass their own. */
  errata?: readonly Erratum[];
  /** Defaults to TARGET_RULES; tests pass their own. */
  targetRules?: readonly TargetRule[];
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(value: number): string {
  let rest = value;
  let roman = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}

/** The bold heading (between ** and **), which may span lines. */
function planTitle(preambleLines: readonly string[]): string {
  const match = /\*\*([\s\S]+?)\*\*/u.exec(preambleLines.join('\n'));
  const title = match ? match[1].replace(/\s+/gu, ' ').trim() : '';
  if (title === '') throw new Error('The appendix has no bold (**…**) title before the table');
  return title;
}

/** "2026-2035" and "2026 - 2035" are periods; a single "2026" starts and ends that year. */
function parseYears(text: string, where: string): { startYear: number; endYear: number } {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/u.exec(text);
  if (!match) throw new Error(`Cannot read the period "${text}" in ${where}`);
  const startYear = Number(match[1]);
  const endYear = match[2] === undefined ? startYear : Number(match[2]);
  if (startYear > endYear) throw new Error(`Period "${text}" in ${where} ends before it starts`);
  return { startYear, endYear };
}

/** Whether a row carries task cells (section VII does, on its own section row). */
function hasTaskCells(row: AppendixRow): boolean {
  const { lead, coordinating, years, expectedResult } = row.cells;
  return [lead, coordinating, years, expectedResult].some((cell) => cell !== '');
}

interface TaskContext {
  resolve: AgencyResolver;
  errata: readonly Erratum[];
  targetRules: readonly TargetRule[];
  appliedErrata: Set<Erratum>;
}

function buildTask(code: string, position: number, row: AppendixRow, context: TaskContext): ParsedTask {
  const where = `task ${code} (line ${row.line})`;
  const { cells, applied } = applyErrata(code, row.cells, context.errata);
  applied.forEach((erratum) => context.appliedErrata.add(erratum));

  if (cells.title === '') throw new Error(`${where} has no task text`);
  const leadAgencyCodes = context.resolve(cells.lead, code);
  if (leadAgencyCodes.length === 0) throw new Error(`${where} has no lead agency`);
  const coordinatingAgencyCodes = context.resolve(cells.coordinating, code);
  const expectedResult = cells.expectedResult === '' ? null : cells.expectedResult;

  return {
    code,
    position,
    title: cells.title,
    leadText: cells.lead,
    coordinatingText: cells.coordinating,
    leadAgencyCodes,
    coordinatingAgencyCodes,
    ...parseYears(cells.years, where),
    expectedResult,
    targets: extractTargets(code, expectedResult, context.targetRules),
  };
}

export function parseAppendix(text: string, catalogue: AgencyCatalogue, options: ParseAppendixOptions = {}): ParsedPlan {
  const { preambleLines, rows } = splitAppendixTable(text);
  const context: TaskContext = {
    resolve: createAgencyResolver(catalogue),
    errata: options.errata ?? APPENDIX_ERRATA,
    targetRules: options.targetRules ?? TARGET_RULES,
    appliedErrata: new Set<Erratum>(),
  };

  const sections: ParsedSection[] = [];
  // Sections whose own row is their single task (VII); numbered rows may not follow them.
  const selfTaskSections = new Set<ParsedSection>();

  for (const row of rows) {
    if (/^[IVXLCDM]+$/u.test(row.tt)) {
      const expected = toRoman(sections.length + 1);
      if (row.tt !== expected) throw new Error(`Section ${row.tt} at line ${row.line} is out of order; expected ${expected}`);
      if (row.cells.title === '') throw new Error(`Section ${row.tt} at line ${row.line} has no title`);
      const section: ParsedSection = { code: row.tt, position: sections.length + 1, title: row.cells.title, tasks: [] };
      sections.push(section);
      if (hasTaskCells(row)) {
        section.tasks.push(buildTask(`${section.code}.1`, 1, row, context));
        selfTaskSections.add(section);
      }
      continue;
    }

    if (/^\d+$/u.test(row.tt)) {
      const section = sections[sections.length - 1];
      if (!section) throw new Error(`Task ${row.tt} at line ${row.line} comes before any section`);
      if (selfTaskSections.has(section)) {
        throw new Error(`Task ${row.tt} at line ${row.line} follows section ${section.code}, whose own row is its task`);
      }
      const position = section.tasks.length + 1;
      if (Number(row.tt) !== position) {
        throw new Error(`Task ${section.code}.${row.tt} at line ${row.line} is out of order; expected number ${position}`);
      }
      section.tasks.push(buildTask(`${section.code}.${position}`, position, row, context));
      continue;
    }

    throw new Error(`Unrecognised TT cell "${row.tt}" at line ${row.line}`);
  }

  if (sections.length === 0) throw new Error('The appendix table has no sections');
  for (const section of sections) {
    if (section.tasks.length === 0) throw new Error(`Section ${section.code} has no tasks`);
  }

  // Errata and target rules that found no task mean the source and these tables have drifted apart.
  for (const erratum of context.errata) {
    if (!context.appliedErrata.has(erratum)) throw new Error(`Erratum for task ${erratum.taskCode} matched no task`);
  }
  const taskCodes = new Set(sections.flatMap((section) => section.tasks.map((task) => task.code)));
  for (const rule of context.targetRules) {
    if (!taskCodes.has(rule.taskCode)) throw new Error(`Target ${rule.metric} names unknown task ${rule.taskCode}`);
  }

  return { title: planTitle(preambleLines), sections };
}
