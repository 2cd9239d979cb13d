// What a field app does offline: download everything once, then ask for what changed since, with
// the SDK's change-feed documents.
import { FeedPage, MaterialChangesDocument, PilotModelChangesDocument, TrainingEventChangesDocument } from '@daklak-lowemission/client';
import { TestServer, startTestServer } from '../../helpers/test-server';
import {
  CREATE_MATERIAL,
  CREATE_PILOT,
  Callers,
  DELETE_EVENT,
  DELETE_PILOT,
  RECORD_EVENT,
  RecordNode,
  UPDATE_EVENT,
  UPDATE_PILOT,
  createCallers,
  eventInput,
  materialInput,
  mutate,
  ok,
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

type Feed = typeof PilotModelChangesDocument | typeof TrainingEventChangesDocument | typeof MaterialChangesDocument;

/** One page of a change feed (or of the live list, without updatedSince). */
async function page(document: Feed, variables: { first: number; after?: string | null; updatedSince?: string | null }, headers: Record<string, string>) {
  const data = await ok<Record<string, FeedPage<RecordNode>>>(server, document, variables, headers);
  return Object.values(data)[0];
}

/** Reads every page of a list, as an app does, and returns the nodes and the first page's watermark. */
async function readAll(document: Feed, updatedSince: string | null, headers: Record<string, string>) {
  const nodes: RecordNode[] = [];
  let after: string | null = null;
  let watermark: string | null = null;
  for (;;) {
    const current: FeedPage<RecordNode> = await page(document, { first: 2, after, updatedSince }, headers);
    watermark ??= current.syncWatermark;
    expect(current.syncWatermark).toBe(watermark);
    nodes.push(...current.edges.map((e) => e.node));
    if (!current.pageInfo.hasNextPage) return { nodes, watermark };
    after = current.pageInfo.endCursor;
  }
}

describe('updatedSince', () => {
  it('returns creations, changes and deletions (as tombstones) since the last sync, oldest change first', async () => {
    const headers = callers.homeOfficer;
    const created = [];
    for (let i = 0; i < 3; i += 1) created.push((await mutate(server, CREATE_PILOT, pilotInput(), headers)).record!);
    const initial = await readAll(PilotModelChangesDocument, null, headers);
    expect(initial.nodes.map((n) => n.id).sort()).toEqual(created.map((c) => c.id).sort());

    // Nothing changed: at most a record written in the watermark's own millisecond comes again.
    const nothing = await readAll(PilotModelChangesDocument, initial.watermark, headers);
    expect(nothing.nodes.length).toBeLessThanOrEqual(1);

    const changed = (await mutate(server, UPDATE_PILOT, { id: created[0].id, expectedVersion: 1, status: 'ACTIVE' }, headers)).record!;
    const deleted = (await mutate(server, DELETE_PILOT, { id: created[1].id, expectedVersion: 1 }, headers)).record!;
    const added = (await mutate(server, CREATE_PILOT, pilotInput(), headers)).record!;

    const feed = await readAll(PilotModelChangesDocument, initial.watermark, headers);
    expect(feed.nodes.map((n) => n.id)).toEqual([changed.id, deleted.id, added.id]);
    expect(feed.nodes[0]).toMatchObject({ status: 'ACTIVE', version: 2, deletedAt: null });
    expect(feed.nodes[1]).toMatchObject({ version: 2, deletedAt: expect.any(String) });
    expect(feed.nodes[2]).toMatchObject({ version: 1, deletedAt: null });
    const times = feed.nodes.map((n) => n.updatedAt);
    expect([...times].sort()).toEqual(times);

    // The live list no longer shows the deleted pilot; the next sync starts where this one ended.
    expect((await readAll(PilotModelChangesDocument, null, headers)).nodes.map((n) => n.id)).not.toContain(deleted.id);
    const after = await readAll(PilotModelChangesDocument, feed.watermark, headers);
    expect(after.nodes.map((n) => n.id)).toEqual([]);
  });

  it('works the same for training events and materials', async () => {
    const headers = callers.homeKey;
    const { record: event } = await mutate(server, RECORD_EVENT, eventInput(), headers);
    const { record: material } = await mutate(server, CREATE_MATERIAL, materialInput(), headers);
    const events = await readAll(TrainingEventChangesDocument, null, headers);
    const materials = await readAll(MaterialChangesDocument, null, headers);
    await mutate(server, UPDATE_EVENT, { id: event!.id, expectedVersion: 1, title: 'Đổi tên' }, headers);
    await mutate(server, DELETE_EVENT, { id: event!.id, expectedVersion: 2 }, headers);
    const eventFeed = await readAll(TrainingEventChangesDocument, events.watermark, headers);
    expect(eventFeed.nodes).toEqual([expect.objectContaining({ id: event!.id, version: 3, deletedAt: expect.any(String) })]);
    expect((await readAll(MaterialChangesDocument, materials.watermark, headers)).nodes).toEqual([]);
    expect((await readAll(MaterialChangesDocument, new Date(0).toISOString(), headers)).nodes.map((n) => n.id)).toContain(material!.id);
  });

  it('holds its watermark behind a write that has not committed yet, so no change is skipped', async () => {
    const headers = callers.homeOfficer;
    const ds = server.database.dataSource;
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // A write still open: its updated_at is its transaction's start, earlier than any later read.
      const [{ now }] = await runner.query('SELECT now() AS now');
      await new Promise((resolve) => setTimeout(resolve, 30));
      const first = await page(PilotModelChangesDocument, { first: 1 }, headers);
      expect(new Date(first.syncWatermark).getTime()).toBeLessThanOrEqual(new Date(now).getTime());
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
