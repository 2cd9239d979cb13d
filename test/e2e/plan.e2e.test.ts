import { AgenciesDocument, PlanDocument, SectionsDocument, TaskByCodeDocument, TasksDocument, TasksQuery } from '@daklak-lowemission/client';
import { GraphQLResponse, TestServer, startTestServer } from '../helpers/test-server';

const ALL_CODES = [
  'I.1',
  'I.2',
  'I.3',
  'I.4',
  'II.1',
  'II.2',
  'II.3',
  'III.1',
  'III.2',
  'III.3',
  'III.4',
  'III.5',
  'III.6',
  'III.7',
  'III.8',
  'IV.1',
  'IV.2',
  'V.1',
  'V.2',
  'V.3',
  'V.4',
  'VI.1',
  'VI.2',
  'VI.3',
  'VI.4',
  'VI.5',
  'VII.1',
  'VIII.1',
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the plan over HTTP', () => {
  it('serves all 28 tasks in plan order', async () => {
    const { data, errors } = await server.request(TasksDocument, { first: 100 });
    expect(errors).toBeUndefined();
    expect(data!.tasks.totalCount).toBe(28);
    expect(data!.tasks.edges.map((e) => e.node.code)).toEqual(ALL_CODES);
    expect(data!.tasks.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('serves sections I-VIII with their tasks', async () => {
    const { data } = await server.request(SectionsDocument);
    expect(data!.sections.map((s) => [s.code, s.tasks.length])).toEqual([
      ['I', 4],
      ['II', 3],
      ['III', 8],
      ['IV', 2],
      ['V', 4],
      ['VI', 5],
      ['VII', 1],
      ['VIII', 1],
    ]);
    expect(data!.sections[0].title).toBe('Công tác tuyên truyền, phổ biến, quán triệt, triển khai thực hiện');
  });

  it('serves the plan record with its period', async () => {
    const { data } = await server.request(PlanDocument);
    expect(data!.plan).toMatchObject({ code: 'DAKLAK-CROPS-2026-2035', startYear: 2026, endYear: 2035 });
  });

  it('gives a task its agencies, years and targets', async () => {
    const { data } = await server.request(TaskByCodeDocument, { code: 'III.5' });
    const task = data!.task!;
    expect(task).toMatchObject({ code: 'III.5', startYear: 2026, endYear: 2030, section: { code: 'III' } });
    expect(task.leadAgencies.map((a) => a.code)).toEqual(['DAE']);
    expect(task.coordinatingAgencies.map((a) => a.code)).toEqual(['GROUP-DEPARTMENTS', 'GROUP-COMMUNE-PCS', 'GROUP-RELATED-ORGS']);
    expect(task.targets).toEqual([expect.objectContaining({ metric: 'FARMERS_TRAINED', unit: 'farmer', minValue: 500, maxValue: 1000, per: 'YEAR' })]);
  });

  it('resolves "UBND các xã, phường" to the commune committees group, not an agency named after the sentence', async () => {
    const { data } = await server.request(TaskByCodeDocument, { code: 'iv.2' });
    expect(data!.task!.leadAgencies).toEqual([expect.objectContaining({ code: 'GROUP-COMMUNE-PCS', kind: 'GROUP' })]);
    expect(data!.task!.targets.map((t) => [t.metric, t.minValue, t.maxValue, t.per])).toEqual([['COMMUNE_PILOT_MODELS', 1, null, 'COMMUNE']]);
  });

  it('answers null for an unknown task code', async () => {
    const { data, errors } = await server.request(TaskByCodeDocument, { code: 'IX.9' });
    expect(errors).toBeUndefined();
    expect(data!.task).toBeNull();
  });

  it('pages with cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: GraphQLResponse<TasksQuery> = await server.request(TasksDocument, { first: 10, after });
      const { edges, pageInfo, totalCount } = res.data!.tasks;
      expect(totalCount).toBe(28);
      seen.push(...edges.map((e) => e.node.code));
      expect(pageInfo.endCursor).toBe(edges[edges.length - 1]?.cursor ?? null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor!;
    }
    expect(seen).toEqual(ALL_CODES);
  });

  it('defaults to 20 items a page', async () => {
    const { data } = await server.request(TasksDocument, {});
    expect(data!.tasks.edges).toHaveLength(20);
    expect(data!.tasks.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    [{ first: 101 }, 'first', 'TOO_LARGE'],
    [{ first: -1 }, 'first', 'NEGATIVE'],
    [{ first: 5, after: 'not-a-cursor' }, 'after', 'INVALID_CURSOR'],
    [{ filter: { agencyRole: 'LEAD' as const } }, 'filter.agencyRole', 'REQUIRES_AGENCY_ID'],
    [{ filter: { agencyId: 'QWdlbmN5OjE=' } }, 'filter.agencyId', 'INVALID_ID'],
    [{ filter: { search: '   ' } }, 'filter.search', 'EMPTY'],
    [{ filter: { search: 'x'.repeat(201) } }, 'filter.search', 'TOO_LONG'],
  ])('rejects %j with BAD_USER_INPUT on %s', async (variables, field, reason) => {
    const { data, errors } = await server.request(TasksDocument, variables);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });

  describe('filters', () => {
    const codes = async (filter: Record<string, unknown>) => {
      const { data, errors } = await server.request(TasksDocument, { first: 100, filter });
      expect(errors).toBeUndefined();
      return data!.tasks.edges.map((e) => e.node.code);
    };

    it('by section', async () => {
      expect(await codes({ sectionCode: 'IV' })).toEqual(['IV.1', 'IV.2']);
    });

    it('by year: tasks running in 2027', async () => {
      const active = await codes({ activeInYear: 2027 });
      expect(active).not.toContain('I.4'); // 2026 only
      expect(active).not.toContain('VI.2'); // from 2028
      expect(active).toContain('III.5');
      expect(active).toHaveLength(28 - 2 - 5); // 2026 only: I.4, II.1; from 2028: VI.2-VI.5, VII.1
    });

    it('by text, ignoring case and diacritics', async () => {
      expect(await codes({ search: 'TAP HUAN' })).toEqual(['I.3', 'III.5']);
      expect(await codes({ search: 'tín chỉ carbon' })).toEqual(['VI.4']);
    });

    it('by a commune committee through its group, with and without a role', async () => {
      const agencies = await server.request(AgenciesDocument, { filter: { search: 'PC-24175' } });
      const agencyId = agencies.data!.agencies.edges[0].node.id;
      expect(await codes({ agencyId, agencyRole: 'LEAD' })).toEqual(['I.1', 'I.3', 'I.4', 'II.1', 'III.6', 'IV.2', 'V.2', 'VI.1']);
      expect(await codes({ agencyId })).toHaveLength(28 - 1); // every task but I.2's media-led row coordinates with the communes
    });
  });

  it('sends the same number of SQL statements for 100 tasks as for 5 (no N+1)', async () => {
    await server.request(TasksDocument, { first: 5 });
    const forFive = server.lastSqlStatements();
    await server.request(TasksDocument, { first: 100 });
    const forHundred = server.lastSqlStatements();
    expect(forFive).toBeGreaterThan(0);
    expect(forHundred).toBe(forFive);
  });
});
