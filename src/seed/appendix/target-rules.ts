// Measurable targets stated in the "Kết quả dự kiến" (expected result) column. Each rule names the task it
// reads, and its regex must match that task's text: numbers come from the captures, so a changed figure in
// the plan changes the target, and a rewritten sentence stops the load instead of losing the target.
import type { ParsedTarget, TargetPer } from './appendix.types';

/** Where a bound comes from: a regex capture, a number the wording implies, or nothing (no bound stated). */
export type BoundSource = { group: number } | { fixed: number; why: string } | null;

export interface Bounds {
  min: number | null;
  max: number | null;
}

export interface TargetRule {
  taskCode: string;
  metric: string;
  unit: string;
  per: TargetPer;
  /** Matched against the task's cleaned expected result; no g/y flag (exec must be stateless). */
  pattern: RegExp;
  min: BoundSource;
  max: BoundSource;
  /** Short English sentence; receives the bounds and the raw captures. */
  describe: (bounds: Bounds, captures: readonly string[]) => string;
}

/**
 * Vietnamese numerals: "." groups thousands ("1.000" is 1000) and counts may be zero-padded ("01" is 1).
 * Anything else (decimals, stray separators) throws rather than being guessed at.
 */
export function parseVietnameseNumber(text: string, where: string): number {
  if (/^\d{1,3}(?:\.\d{3})+$/u.test(text)) return Number(text.replace(/\./gu, ''));
  if (/^\d+$/u.test(text)) return Number(text);
  throw new Error(`Cannot read the number "${text}" in ${where}`);
}

function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** "5-10", "2", "at least 1" or "at most 3", for descriptions. */
function amount({ min, max }: Bounds): string {
  if (min !== null && max !== null) return min === max ? formatNumber(min) : `${formatNumber(min)}-${formatNumber(max)}`;
  if (min !== null) return `at least ${formatNumber(min)}`;
  if (max !== null) return `at most ${formatNumber(max)}`;
  return 'an unspecified number of';
}

/** Singular only when the largest stated count is exactly one. */
function noun({ min, max }: Bounds, singular: string, plural: string): string {
  return (max ?? min) === 1 ? singular : plural;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Numbers are captured as (\d+(?:\.\d{3})*), which takes "5", "01" and "1.000" whole; each rule spells
// it out so it reads as one regex.
export const TARGET_RULES: readonly TargetRule[] = [
  {
    taskCode: 'I.3',
    metric: 'COMMUNICATION_SESSIONS',
    unit: 'session',
    per: 'YEAR',
    pattern: /(\d+(?:\.\d{3})*)\s*[-–]\s*(\d+(?:\.\d{3})*) cuộc tuyên truyền\/năm/u,
    min: { group: 1 },
    max: { group: 2 },
    describe: (b) => sentence(`${amount(b)} communication ${noun(b, 'session', 'sessions')} per year in every commune and ward`),
  },
  {
    taskCode: 'I.4',
    metric: 'COMMUNE_IMPLEMENTATION_PLANS',
    unit: 'plan',
    per: 'COMMUNE',
    pattern: /Kế hoạch triển khai tại từng xã\/phường/u,
    min: { fixed: 1, why: '"tại từng xã/phường": one plan in each commune or ward' },
    max: { fixed: 1, why: '"tại từng xã/phường": one plan in each commune or ward' },
    describe: (b) => sentence(`${amount(b)} implementation ${noun(b, 'plan', 'plans')} per commune or ward`),
  },
  {
    taskCode: 'III.2',
    metric: 'LOW_EMISSION_CRITERIA_SETS',
    unit: 'set',
    per: 'PERIOD',
    pattern: /ít nhất (\d+(?:\.\d{3})*) bộ cho các cây trồng chủ lực/u,
    min: { group: 1 },
    max: null,
    describe: (b) =>
      sentence(`${amount(b)} ${noun(b, 'set', 'sets')} of low-emission crop production criteria and technical ` + 'procedures for the key crops'),
  },
  {
    taskCode: 'III.3',
    metric: 'RESEARCH_STUDIES',
    unit: 'study',
    per: 'YEAR',
    pattern: /\(số lượng nghiên cứu khoa học hàng năm\)/u,
    min: null,
    max: null,
    describe: () => 'Number of scientific studies applying new technology, reported each year (no threshold set)',
  },
  {
    taskCode: 'III.4',
    metric: 'SCIENCE_TECHNOLOGY_TASKS',
    unit: 'task',
    per: 'PERIOD',
    pattern: /Có ít nhất (\d+(?:\.\d{3})*) nhiệm vụ khoa học và công nghệ/u,
    min: { group: 1 },
    max: null,
    describe: (b) => sentence(`${amount(b)} science and technology ${noun(b, 'task', 'tasks')} on low-emission crop production`),
  },
  {
    taskCode: 'III.5',
    metric: 'FARMERS_TRAINED',
    unit: 'farmer',
    per: 'YEAR',
    pattern: /ít nhất (\d+(?:\.\d{3})*)\s*[-–]\s*(\d+(?:\.\d{3})*) nông dân\/năm/u,
    min: { group: 1 },
    max: { group: 2 },
    describe: (b) => sentence(`${amount(b)} ${noun(b, 'farmer', 'farmers')} trained per year`),
  },
  {
    taskCode: 'IV.1',
    metric: 'PROVINCIAL_PILOT_MODELS',
    unit: 'pilot model',
    per: 'PERIOD',
    pattern: /\((\d+(?:\.\d{3})*) mô hình\) trên mía và cà phê/u,
    min: { group: 1 },
    max: { group: 1 },
    // The models are shared between the two crops named: "(02 mô hình) trên mía và cà phê" is one on each.
    describe: (b) => {
      const each = (b.min ?? 0) / 2;
      return sentence(`${amount(b)} provincial pilot ${noun(b, 'model', 'models')}: ${each} on sugarcane and ${each} on coffee`);
    },
  },
  {
    taskCode: 'IV.2',
    metric: 'COMMUNE_PILOT_MODELS',
    unit: 'pilot model',
    per: 'COMMUNE',
    pattern: /ít nhất (\d+(?:\.\d{3})*) mô hình\/xã, phường/u,
    min: { group: 1 },
    max: null,
    describe: (b) => sentence(`${amount(b)} pilot ${noun(b, 'model', 'models')} per commune or ward`),
  },
  {
    taskCode: 'V.4',
    metric: 'ANNUAL_EMISSION_REPORTS',
    unit: 'report',
    per: 'YEAR',
    pattern: /Báo cáo hàng năm về lượng phát thải\/giảm phát thải/u,
    min: { fixed: 1, why: '"Báo cáo hàng năm": one report each year' },
    max: { fixed: 1, why: '"Báo cáo hàng năm": one report each year' },
    describe: (b) => sentence(`${amount(b)} ${noun(b, 'report', 'reports')} per year on emissions and emission reductions, if required`),
  },
  {
    taskCode: 'VI.1',
    metric: 'PRODUCTION_ZONES',
    unit: 'zone',
    per: 'PERIOD',
    pattern: /\(số lượng vùng, ít nhất (\d+(?:\.\d{3})*)\s*[-–]\s*(\d+(?:\.\d{3})*)\)/u,
    min: { group: 1 },
    max: { group: 2 },
    describe: (b) => sentence(`${amount(b)} concentrated production ${noun(b, 'zone', 'zones')} formed`),
  },
  {
    taskCode: 'VIII.1',
    metric: 'ANNUAL_IMPLEMENTATION_REPORTS',
    unit: 'report',
    per: 'YEAR',
    pattern: /Báo cáo kết quả thực hiện Đề án hàng năm/u,
    min: { fixed: 1, why: '"hàng năm": one report each year' },
    max: { fixed: 1, why: '"hàng năm": one report each year' },
    describe: (b) => sentence(`${amount(b)} ${noun(b, 'report', 'reports')} per year on the plan's implementation results`),
  },
  {
    taskCode: 'VIII.1',
    metric: 'PHASE_REVIEW_REPORTS',
    unit: 'report',
    per: 'PHASE',
    pattern: /Báo cáo tổng kết giai đoạn (\d+) năm/u,
    min: { fixed: 1, why: '"Báo cáo tổng kết giai đoạn": one review report at the end of each phase' },
    max: { fixed: 1, why: '"Báo cáo tổng kết giai đoạn": one review report at the end of each phase' },
    // The capture is the phase length, which only the description uses.
    describe: (b, captures) =>
      sentence(
        `${amount(b)} review ${noun(b, 'report', 'reports')} per ` + `${parseVietnameseNumber(captures[1], 'the phase length of task VIII.1')}-year phase`,
      ),
  },
];

function readBound(source: BoundSource, match: RegExpExecArray, where: string): number | null {
  if (source === null) return null;
  if ('fixed' in source) return source.fixed;
  const text = match[source.group];
  if (text === undefined) throw new Error(`${where}: capture group ${source.group} did not match`);
  return parseVietnameseNumber(text, where);
}

/**
 * The targets of one task. Throws if a rule for the task does not match its text, if the task has no
 * expected result but has rules, or if a rule yields min > max.
 */
export function extractTargets(taskCode: string, expectedResult: string | null, rules: readonly TargetRule[] = TARGET_RULES): ParsedTarget[] {
  const targets: ParsedTarget[] = [];
  for (const rule of rules) {
    if (rule.taskCode !== taskCode) continue;
    const where = `target ${rule.metric} of task ${taskCode}`;
    if (rule.pattern.global || rule.pattern.sticky) throw new Error(`${where}: pattern must not use the g or y flag`);
    if (expectedResult === null) throw new Error(`${where}: the task has no expected result to read`);
    const match = rule.pattern.exec(expectedResult);
    if (!match) {
      throw new Error(`${where}: rule ${rule.pattern} does not match the expected result "${expectedResult}"`);
    }
    const bounds: Bounds = { min: readBound(rule.min, match, where), max: readBound(rule.max, match, where) };
    if (bounds.min !== null && bounds.max !== null && bounds.min > bounds.max) {
      throw new Error(`${where}: minimum ${bounds.min} exceeds maximum ${bounds.max}`);
    }
    if (targets.some((target) => target.metric === rule.metric)) {
      throw new Error(`${where}: metric defined twice for the task`);
    }
    targets.push({
      metric: rule.metric,
      description: rule.describe(bounds, [...match]),
      unit: rule.unit,
      minValue: bounds.min,
      maxValue: bounds.max,
      per: rule.per,
    });
  }
  return targets;
}
