// Research studies (III.3, III.4): written by the province and the Department of Science and
// Technology, synced with tombstones, and counted by kind and year for RESEARCH_STUDIES and
// SCIENCE_TECHNOLOGY_TASKS.
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestUser } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CREATE_PILOT, Callers, count, createCallers, failure, key, list, mutate, ok, pilotInput, rawId } from '../field-records/fixtures';
import { CREATE_ORGANISATION, DELETE_ORGANISATION, organisationInput } from '../registers/fixtures';

let server: TestServer;
let callers: Callers;
let dost: Record<string, string>;
let dae: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
  dost = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DOST' })).headers;
  dae = (await createTestUser(server, Role.AGENCY_OFFICER, { agencyCode: 'DAE' })).headers;
});
afterAll(async () => {
  await server.stop();
});

const FIELDS = 'id kind title startYear endYear budgetVnd status results documentUrls pilotModelId version deletedAt leadAgency { code }';
const CREATE = `mutation($input: CreateResearchStudyInput!) { createResearchStudy(input: $input) { researchStudy { ${FIELDS} } userErrors { field code } } }`;
const UPDATE = `mutation($input: UpdateResearchStudyInput!) { updateResearchStudy(input: $input) { researchStudy { ${FIELDS} } userErrors { field code } } }`;
const DELETE = `mutation($input: DeleteRecordInput!) { deleteResearchStudy(input: $input) { researchStudy { ${FIELDS} } userErrors { field code } } }`;

const study = (overrides: Record<string, unknown> = {}) => ({
  kind: 'STUDY',
  title: 'Nghiên cứu giảm phân đạm cho cà phê',
  leadAgencyCode: 'DOST',
  startYear: 2026,
  endYear: 2027,
  budgetVnd: 1_200_000_000,
  status: 'IN_PROGRESS',
  documentUrls: ['https://example.test/quyet-dinh.pdf'],
  ...overrides,
});

const targets = async (year: number) => {
  const data = await ok<{
    planProgress: {
      sections: {
        tasks: {
          task: { code: string };
          targets: { target: { metric: string }; actual: number | null; comparison: string; source: string; sourceDescription: string }[];
        }[];
      }[];
    };
  }>(
    server,
    `query($year: Int!) { planProgress(year: $year, asOf: "2026-12-01T00:00:00Z") { sections { tasks { task { code } targets { target { metric } actual comparison source sourceDescription } } } } }`,
    { year },
    callers.province,
  );
  const all = data.planProgress.sections.flatMap((s) => s.tasks).flatMap((t) => t.targets);
  return Object.fromEntries(all.map((t) => [t.target.metric, t]));
};

describe('research studies', () => {
  it('count by kind and year toward III.3 and III.4, from the records only', async () => {
    expect((await targets(2026)).RESEARCH_STUDIES).toMatchObject({ actual: 0, source: 'RECORDS' });
    const running = await mutate(server, CREATE, study(), dost);
    expect(running.userErrors).toEqual([]);
    expect(running.record).toMatchObject({ kind: 'STUDY', budgetVnd: 1_200_000_000, leadAgency: { code: 'DOST' }, version: 1 });
    await mutate(server, CREATE, study({ status: 'PROPOSED' }), dost); // not approved: not counted
    await mutate(server, CREATE, study({ startYear: 2028, endYear: 2028 }), dost); // another year
    await mutate(server, CREATE, study({ kind: 'SCIENCE_TECHNOLOGY_TASK', startYear: 2027, endYear: 2029, status: 'APPROVED' }), callers.province);
    const cancelled = await mutate(server, CREATE, study({ kind: 'SCIENCE_TECHNOLOGY_TASK', status: 'CANCELLED' }), dost);

    const y2026 = await targets(2026);
    expect(y2026.RESEARCH_STUDIES).toMatchObject({ actual: 1, source: 'RECORDS' });
    expect(y2026.RESEARCH_STUDIES.sourceDescription).toContain('researchStudies');
    expect(y2026.SCIENCE_TECHNOLOGY_TASKS).toMatchObject({ actual: 0, source: 'RECORDS', comparison: 'NOT_DUE' });
    const y2028 = await targets(2028);
    expect(y2028.RESEARCH_STUDIES).toMatchObject({ actual: 1 });
    expect(y2028.SCIENCE_TECHNOLOGY_TASKS).toMatchObject({ actual: 1, comparison: 'MET' });

    // The same numbers as the records.
    const [{ n }] = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM research_study WHERE kind = 'STUDY' AND status IN ('APPROVED', 'IN_PROGRESS', 'COMPLETED') AND deleted_at IS NULL AND 2026 BETWEEN start_year AND end_year`,
    );
    expect(y2026.RESEARCH_STUDIES.actual).toBe(n);

    // Deleted: no longer counted; syncing clients get the tombstone.
    await mutate(server, DELETE, { id: running.record!.id, expectedVersion: 1 }, dost);
    expect((await targets(2026)).RESEARCH_STUDIES).toMatchObject({ actual: 0 });
    const changes = await list(server, 'researchStudies', '', 'id deletedAt', { updatedSince: '2026-01-01T00:00:00Z' }, callers.viewer);
    expect(changes.nodes.find((s) => s.id === running.record!.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect((await list(server, 'researchStudies', '', 'id', {}, callers.viewer)).nodes.map((s) => s.id)).not.toContain(running.record!.id);
    expect(cancelled.record).toMatchObject({ status: 'CANCELLED' });
  });

  it('are written by the province and the lead of III.3 and III.4 only, once per key, at the version edited', async () => {
    expect(await failure(server, CREATE, { input: study() }, dae)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEAD_AGENCY' });
    expect(await failure(server, CREATE, { input: study() }, callers.homeOfficer)).toMatchObject({ code: 'FORBIDDEN' });
    const input = study({ idempotencyKey: key() });
    const first = await mutate(server, CREATE, input, dost);
    const again = await mutate(server, CREATE, input, dost);
    expect(again.record!.id).toBe(first.record!.id);
    const updated = await mutate(server, UPDATE, { id: first.record!.id, expectedVersion: 1, results: 'Giảm 20% phân đạm', budgetVnd: null }, dost);
    expect(updated.record).toMatchObject({ version: 2, results: 'Giảm 20% phân đạm', budgetVnd: null });
    expect(await failure(server, UPDATE, { input: { id: first.record!.id, expectedVersion: 1, title: 'x' } }, dost)).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(server, UPDATE, { input: { id: first.record!.id, expectedVersion: 2, title: 'x' } }, dae)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count(server, 'audit_event', `entity_type = 'ResearchStudy' AND entity_id = $1`, [rawId(first.record!.id)])).toBe(2);
  });

  it('link an experimental model, and only it, to a pilot', async () => {
    const pilot = (await mutate(server, CREATE_PILOT, pilotInput({ level: 'PROVINCIAL', administrativeUnitCode: null }), callers.province)).record!;
    const model = await mutate(server, CREATE, study({ kind: 'EXPERIMENTAL_MODEL', pilotModelId: pilot.id }), dost);
    expect(model.record).toMatchObject({ pilotModelId: pilot.id });
    expect(await failure(server, CREATE, { input: study({ pilotModelId: pilot.id }) }, dost)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.pilotModelId',
    });
    const forged = Buffer.from('PilotModel:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await failure(server, CREATE, { input: study({ kind: 'EXPERIMENTAL_MODEL', pilotModelId: forged }) }, dost)).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('name a live lead organisation of any commune, read back through one batched query however many studies list it', async () => {
    const organisation = async (unit: string) =>
      (await mutate(server, CREATE_ORGANISATION, organisationInput({ kind: 'RESEARCH_INSTITUTE', administrativeUnitCode: unit }), callers.province)).record!;
    const [home, other] = [await organisation(HOME_UNIT), await organisation(OTHER_UNIT)];
    const led = await mutate(server, CREATE, study({ leadOrganisationId: other.id }), dost);
    expect(led.userErrors).toEqual([]);
    const [row] = await server.database.dataSource.query('SELECT lead_organisation_id AS id FROM research_study WHERE id = $1', [rawId(led.record!.id)]);
    expect(row.id).toBe(rawId(other.id));
    const READ = `query($id: ID!) { node(id: $id) { ... on ResearchStudy { leadOrganisation { id name } } } }`;
    expect((await ok<{ node: unknown }>(server, READ, { id: led.record!.id }, callers.viewer)).node).toEqual({
      leadOrganisation: { id: other.id, name: other.name },
    });

    // Forged, of another type, or deleted: refused on the field, nothing written.
    const before = await count(server, 'research_study');
    const forged = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
    const pilotId = Buffer.from(`PilotModel:${rawId(home.id)}`).toString('base64');
    expect(await failure(server, CREATE, { input: study({ leadOrganisationId: forged }) }, dost)).toMatchObject({
      field: 'input.leadOrganisationId',
      reason: 'NOT_FOUND',
    });
    expect(await failure(server, CREATE, { input: study({ leadOrganisationId: pilotId }) }, dost)).toMatchObject({
      field: 'input.leadOrganisationId',
      reason: 'INVALID_ID',
    });
    const gone = (await mutate(server, CREATE_ORGANISATION, organisationInput(), callers.province)).record!;
    await mutate(server, DELETE_ORGANISATION, { id: gone.id, expectedVersion: 1 }, callers.province);
    expect(await failure(server, CREATE, { input: study({ leadOrganisationId: gone.id }) }, dost)).toMatchObject({
      field: 'input.leadOrganisationId',
      reason: 'DELETED',
    });
    expect(await count(server, 'research_study')).toBe(before);

    const moved = await mutate(server, UPDATE, { id: led.record!.id, expectedVersion: 1, leadOrganisationId: home.id }, dost);
    expect((await ok<{ node: unknown }>(server, READ, { id: moved.record!.id }, callers.viewer)).node).toEqual({
      leadOrganisation: { id: home.id, name: home.name },
    });
    const cleared = await mutate(server, UPDATE, { id: led.record!.id, expectedVersion: 2, leadOrganisationId: null }, dost);
    expect((await ok<{ node: unknown }>(server, READ, { id: cleared.record!.id }, callers.viewer)).node).toEqual({ leadOrganisation: null });

    // The organisations of a page come in one query: listing them costs one statement more than not.
    for (const lead of [home, other, home]) await mutate(server, CREATE, study({ leadOrganisationId: lead.id }), dost);
    const page = (selection: string) =>
      ok<{ researchStudies: { edges: { node: { leadOrganisation?: unknown } }[] } }>(
        server,
        `{ researchStudies(first: 50) { edges { node { id ${selection} } } } }`,
        {},
        callers.viewer,
      );
    await page('');
    const without = server.lastSqlStatements();
    const withLeads = await page('leadOrganisation { id name }');
    expect(withLeads.researchStudies.edges.filter((e) => e.node.leadOrganisation).length).toBeGreaterThanOrEqual(3);
    expect(server.lastSqlStatements()).toBe(without + 1);
  });

  it.each([
    ['years outside the plan', { startYear: 2025 }, 'input.startYear'],
    ['an end before the start', { startYear: 2028, endYear: 2027 }, 'input.endYear'],
    ['a negative budget', { budgetVnd: -1 }, 'input.budgetVnd'],
    ['a budget in fractions of a đồng', { budgetVnd: 1.5 }, 'input.budgetVnd'],
    ['an unknown lead agency', { leadAgencyCode: 'NOPE' }, 'input.leadAgencyCode'],
    ['a NUL byte in the title', { title: 'a\u0000b' }, 'input.title'],
    ['a document address that is not http', { documentUrls: ['ftp://x.test/a'] }, 'input.documentUrls[0]'],
    ['too many documents', { documentUrls: Array.from({ length: 21 }, (_, i) => `https://x.test/${i}`) }, 'input.documentUrls'],
  ])('refuses %s, naming the field', async (_name, overrides, field) => {
    const before = await count(server, 'research_study');
    expect(await failure(server, CREATE, { input: study(overrides) }, dost)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(server, 'research_study')).toBe(before);
  });
});
