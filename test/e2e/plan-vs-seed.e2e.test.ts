// The plan served over HTTP, read three ways (the `tasks` list, `sections { tasks }` and `task(code)`
// one request at a time), against the source: Appendix I as the parser reads it, and a table
// written by hand from the appendix text, so the test does not merely compare the parser with itself.
import { ParsedTask } from '../../src/seed/appendix/appendix.types';
import { parseAppendix } from '../../src/seed/appendix/parse-appendix';
import { readSeedSources } from '../../src/seed/seed-sources';
import { TestServer, startTestServer } from '../helpers/test-server';

const DAE = 'DAE';
const DOST = 'DOST';
const DOIT = 'DOIT';
const DOF = 'DOF';
const MEDIA = 'DLMEDIA';
const PCS = 'GROUP-COMMUNE-PCS';
const DEPTS = 'GROUP-DEPARTMENTS';
const ORGS = 'GROUP-RELATED-ORGS';

/** Read from src/seed/data/plan-appendix-I.txt by hand: lead agencies, coordinating agencies, period. */
const BY_HAND: Record<string, [string[], string[], number, number]> = {
  'I.1': [[DAE, PCS], [DEPTS, ORGS], 2026, 2035],
  'I.2': [[MEDIA], [DEPTS, ORGS], 2026, 2030],
  'I.3': [[PCS], [DEPTS, ORGS], 2026, 2035],
  'I.4': [[PCS], [DEPTS, ORGS], 2026, 2026],
  'II.1': [[DAE, PCS], [DEPTS, PCS, ORGS], 2026, 2026],
  'II.2': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'II.3': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'III.1': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'III.2': [[DAE], [DEPTS, PCS, ORGS], 2026, 2030],
  'III.3': [[DOST], [DEPTS, PCS, ORGS], 2026, 2035],
  'III.4': [[DOST], [DEPTS, PCS, ORGS], 2026, 2035],
  'III.5': [[DAE], [DEPTS, PCS, ORGS], 2026, 2030],
  'III.6': [[DAE, PCS], [DEPTS, ORGS], 2026, 2030],
  'III.7': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'III.8': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'IV.1': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'IV.2': [[PCS], [ORGS], 2026, 2035],
  'V.1': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'V.2': [[DAE, PCS], [DEPTS, PCS, ORGS], 2026, 2035],
  'V.3': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'V.4': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
  'VI.1': [[PCS], [DEPTS, PCS, ORGS], 2026, 2035],
  'VI.2': [[DAE], [DEPTS, PCS, ORGS], 2028, 2035],
  'VI.3': [[DOIT], [DEPTS, PCS, ORGS], 2028, 2035],
  'VI.4': [[DAE], [DEPTS, PCS, ORGS], 2028, 2035],
  'VI.5': [[DAE], [DEPTS, PCS, ORGS], 2028, 2035],
  'VII.1': [[DOF], [DEPTS, PCS, ORGS], 2028, 2035],
  'VIII.1': [[DAE], [DEPTS, PCS, ORGS], 2026, 2035],
};

const TASK_FIELDS = `
  id code title startYear endYear expectedResult leadAgencyText coordinatingAgencyText
  section { code }
  leadAgencies { id code name }
  coordinatingAgencies { id code name }
  targets { id metric description unit minValue maxValue per }`;

interface ServedTask {
  id: string;
  code: string;
  title: string;
  startYear: number;
  endYear: number;
  expectedResult: string | null;
  leadAgencyText: string;
  coordinatingAgencyText: string;
  section: { code: string };
  leadAgencies: { id: string; code: string; name: string }[];
  coordinatingAgencies: { id: string; code: string; name: string }[];
  targets: { id: string; metric: string; description: string; unit: string; minValue: number | null; maxValue: number | null; per: string }[];
}

const seedSources = readSeedSources();
const source = parseAppendix(seedSources.appendixText, seedSources.agencyCatalogue);
const sourceTasks: (ParsedTask & { sectionCode: string })[] = source.sections.flatMap((s) => s.tasks.map((t) => ({ ...t, sectionCode: s.code })));

const READS = ['tasks', 'sections { tasks }', 'task(code)'] as const;
type Read = (typeof READS)[number];

// A server, a database and the plan per file, then dozens of requests.
jest.setTimeout(60_000);

let server: TestServer;
const served = {} as Record<Read, ServedTask[]>;

beforeAll(async () => {
  server = await startTestServer();
  const list = await server.requestText<{ tasks: { totalCount: number; edges: { node: ServedTask }[] } }>(
    `{ tasks(first: 100) { totalCount edges { node { ${TASK_FIELDS} } } } }`,
  );
  expect(list.errors).toBeUndefined();
  expect(list.data!.tasks.totalCount).toBe(28);
  served.tasks = list.data!.tasks.edges.map((e) => e.node);

  const sections = await server.requestText<{ sections: { code: string; tasks: ServedTask[] }[] }>(`{ sections { code tasks { ${TASK_FIELDS} } } }`);
  expect(sections.errors).toBeUndefined();
  served['sections { tasks }'] = sections.data!.sections.flatMap((s) => s.tasks);

  // One request per task: nothing is batched with another task.
  served['task(code)'] = [];
  for (const { code } of sourceTasks) {
    const single = await server.requestText<{ task: ServedTask | null }>(`query ($code: String!) { task(code: $code) { ${TASK_FIELDS} } }`, { code });
    expect(single.errors).toBeUndefined();
    served['task(code)'].push(single.data!.task!);
  }
});
afterAll(async () => {
  await server.stop();
});

describe('the plan over HTTP against Appendix I', () => {
  it('the hand-written table covers the 28 tasks the parser finds, in plan order', () => {
    expect(sourceTasks.map((t) => t.code)).toEqual(Object.keys(BY_HAND));
  });

  it('the three reads serve the same 28 tasks in plan order, identical field by field', () => {
    for (const read of READS) expect([read, served[read].map((t) => t.code)]).toEqual([read, Object.keys(BY_HAND)]);
    expect(served['sections { tasks }']).toEqual(served.tasks);
    expect(served['task(code)']).toEqual(served.tasks);
  });

  describe.each(READS)('read through %s', (read) => {
    const byCode = () => new Map(served[read].map((t) => [t.code, t]));

    it.each(Object.entries(BY_HAND))('%s has the lead and coordinating agencies and the period of the appendix', (code, [lead, coordinating, start, end]) => {
      const task = byCode().get(code)!;
      expect(task.leadAgencies.map((a) => a.code)).toEqual(lead);
      expect(task.coordinatingAgencies.map((a) => a.code)).toEqual(coordinating);
      expect([task.startYear, task.endYear]).toEqual([start, end]);
    });

    it('every task agrees with the parsed appendix row by row: section, texts, agencies, period, targets', () => {
      const tasks = byCode();
      for (const expected of sourceTasks) {
        const task = tasks.get(expected.code)!;
        expect({
          code: task.code,
          section: task.section.code,
          title: task.title,
          leadText: task.leadAgencyText,
          coordinatingText: task.coordinatingAgencyText,
          lead: task.leadAgencies.map((a) => a.code),
          coordinating: task.coordinatingAgencies.map((a) => a.code),
          years: [task.startYear, task.endYear],
          expectedResult: task.expectedResult,
          targets: [...task.targets].map(({ metric, description, unit, minValue, maxValue, per }) => ({ metric, description, unit, minValue, maxValue, per })),
        }).toEqual({
          code: expected.code,
          section: expected.sectionCode,
          title: expected.title,
          leadText: expected.leadText,
          coordinatingText: expected.coordinatingText,
          lead: expected.leadAgencyCodes,
          coordinating: expected.coordinatingAgencyCodes,
          years: [expected.startYear, expected.endYear],
          expectedResult: expected.expectedResult,
          targets: [...expected.targets].sort((a, b) => a.metric.localeCompare(b.metric)),
        });
      }
    });

    it('the targets written in the appendix text are served with their numbers', () => {
      const target = (code: string) =>
        byCode()
          .get(code)!
          .targets.map((t) => [t.metric, t.minValue, t.maxValue, t.per]);
      // "5-10 cuộc tuyên truyền/năm"
      expect(target('I.3')).toEqual([['COMMUNICATION_SESSIONS', 5, 10, 'YEAR']]);
      // "ít nhất 500-1.000 nông dân/năm"
      expect(target('III.5')).toEqual([['FARMERS_TRAINED', 500, 1000, 'YEAR']]);
      // "Mô hình thí điểm cấp tỉnh (02 mô hình)"
      expect(target('IV.1')).toEqual([['PROVINCIAL_PILOT_MODELS', 2, 2, 'PERIOD']]);
      // "ít nhất 1 mô hình/xã, phường"
      expect(target('IV.2')).toEqual([['COMMUNE_PILOT_MODELS', 1, null, 'COMMUNE']]);
      // "Báo cáo tổng hợp các hoạt động tuyên truyền, phổ biến": no number in the text
      expect(target('I.1')).toEqual([]);
    });

    it('an agency keeps its own name wherever it appears', () => {
      const names = new Map<string, Set<string>>();
      for (const task of served[read]) {
        for (const agency of [...task.leadAgencies, ...task.coordinatingAgencies]) {
          names.set(agency.code, (names.get(agency.code) ?? new Set()).add(`${agency.id}|${agency.name}`));
        }
      }
      for (const [code, seen] of names) expect([code, seen.size]).toEqual([code, 1]);
      expect([...names.get(MEDIA)!][0]).toMatch(/\|Báo và Phát thanh, Truyền hình Đắk Lắk$/u);
      expect([...names.get(DOIT)!][0]).toMatch(/\|Sở Công Thương$/u);
    });
  });
});
