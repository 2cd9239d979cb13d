import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  CREATE_ORGANISATION,
  CREATE_PILOT,
  Callers,
  DELETE_ORGANISATION,
  RECORD_EVENT,
  createCallers,
  eventInput,
  failure,
  mutate,
  ok,
  organisationInput,
  pilotInput,
} from './fixtures';

let server: TestServer;
let callers: Callers;
beforeAll(async () => {
  server = await startTestServer();
  callers = await createCallers(server);
});
afterAll(async () => {
  await server.stop();
});

const organisation = async (overrides: Record<string, unknown> = {}) =>
  (await mutate(server, CREATE_ORGANISATION, organisationInput(overrides), callers.province)).record!;

describe('pilots and trainings point to an organisation of the register', () => {
  it('stores the host organisation beside the free-text host, and changes or clears it', async () => {
    const host = await organisation({ administrativeUnitCode: '24133' });
    const created = await ok<{ createPilotModel: { pilotModel: { id: string; hostName: string; hostOrganisation: { id: string; name: string } } } }>(
      server,
      'mutation($input: CreatePilotModelInput!) { createPilotModel(input: $input) { pilotModel { id hostName hostOrganisation { id name } } } }',
      { input: pilotInput({ hostOrganisationId: host.id }) },
      callers.homeOfficer,
    );
    const pilot = created.createPilotModel.pilotModel;
    expect(pilot).toMatchObject({ hostName: 'HTX Cà phê Hòa Phú', hostOrganisation: { id: host.id, name: host.name } });
    const cleared = await ok<{ updatePilotModel: { pilotModel: { hostOrganisation: unknown; version: number } } }>(
      server,
      'mutation($input: UpdatePilotModelInput!) { updatePilotModel(input: $input) { pilotModel { version hostOrganisation { id } } } }',
      { input: { id: pilot.id, expectedVersion: 1, hostOrganisationId: null } },
      callers.homeOfficer,
    );
    expect(cleared.updatePilotModel.pilotModel).toEqual({ version: 2, hostOrganisation: null });

    const event = await ok<{ recordTrainingEvent: { trainingEvent: { organiserName: string; hostOrganisation: { id: string } } } }>(
      server,
      'mutation($input: RecordTrainingEventInput!) { recordTrainingEvent(input: $input) { trainingEvent { organiserName hostOrganisation { id } } } }',
      { input: eventInput({ organiserName: 'HTX', hostOrganisationId: host.id }) },
      callers.homeOfficer,
    );
    expect(event.recordTrainingEvent.trainingEvent).toEqual({ organiserName: 'HTX', hostOrganisation: { id: host.id } });
  });

  it('refuses an unknown, forged or deleted organisation with BAD_USER_INPUT on input.hostOrganisationId', async () => {
    const gone = await organisation();
    await mutate(server, DELETE_ORGANISATION, { id: gone.id, expectedVersion: 1 }, callers.province);
    const nothing = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');
    const otherType = Buffer.from(`PilotModel:${Buffer.from(gone.id, 'base64').toString().split(':')[1]}`).toString('base64');
    for (const [id, reason] of [
      [nothing, 'NOT_FOUND'],
      [gone.id, 'DELETED'],
      [otherType, 'INVALID_ID'],
      ['not an id', 'INVALID_ID'],
    ]) {
      expect(await failure(server, CREATE_PILOT, { input: pilotInput({ hostOrganisationId: id }) }, callers.homeOfficer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.hostOrganisationId',
        reason,
      });
      expect(await failure(server, RECORD_EVENT, { input: eventInput({ hostOrganisationId: id }) }, callers.homeOfficer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.hostOrganisationId',
      });
    }
  });

  it('loads the hosts of a page of pilots in a constant number of SQL statements', async () => {
    for (let i = 0; i < 30; i += 1) {
      const host = await organisation();
      await mutate(server, CREATE_PILOT, pilotInput({ hostOrganisationId: host.id, administrativeUnitCode: '24163' }), callers.province);
    }
    const query = `query($first: Int) { pilotModels(first: $first, filter: { administrativeUnitCode: "24163" }) {
      edges { node { hostOrganisation { name administrativeUnit { code } } } } } }`;
    const few = await ok<{ pilotModels: { edges: unknown[] } }>(server, query, { first: 2 }, callers.province);
    expect(few.pilotModels.edges).toHaveLength(2);
    const statements = server.lastSqlStatements();
    const many = await ok<{ pilotModels: { edges: { node: { hostOrganisation: { name: string } } }[] } }>(server, query, { first: 30 }, callers.province);
    expect(many.pilotModels.edges).toHaveLength(30);
    expect(many.pilotModels.edges.every((e) => e.node.hostOrganisation.name.startsWith('HTX'))).toBe(true);
    expect(server.lastSqlStatements()).toBe(statements);
  });
});
