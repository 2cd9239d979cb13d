// Criteria sets and product lots name uploaded files: who may name which, who may download them, what a list costs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { ADOPT_CRITERIA, CREATE_CRITERIA, UPDATE_CRITERIA, criteriaInput, decision } from '../registers/fixtures';
import { EVENT, LotWorld, OTHER_UNIT, REGISTER, UPDATE, eventKey, lotInput, lotWorld } from '../value-chain/lots.fixtures';
import { failure, mutate, ok } from '../field-records/fixtures';
import { PDF, PNG, download, uploaded } from './file-fixtures';

let server: TestServer;
let dataDir: string;
let world: LotWorld;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'value-chain-files-'));
  server = await startTestServer({ env: { DATA_DIR: dataDir } });
  world = await lotWorld(server);
});
afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const FILES = `files { id name sha256 downloadUrl }`;
const withFiles = (document: string) => document.replace('version updatedAt', `version updatedAt ${FILES}`);
const fileIdsOf = (record: object | null) => ((record as { files: unknown }).files as { id: string }[]).map((file) => file.id);

describe('criteria sets name files', () => {
  it("a draft's files are for draft readers; once adopted they are public, and only a draft's files change", async () => {
    const { province, homeOfficer, viewer } = world.callers;
    const draftText = await uploaded(server, province, PDF, 'dự thảo.pdf');
    const decisionScan = await uploaded(server, province, PNG, 'quyết định.png');
    const created = await mutate(server, withFiles(CREATE_CRITERIA), criteriaInput({ crop: 'PEPPER', fileIds: [draftText.id] }), province);
    expect(created.userErrors).toEqual([]);
    expect(created.record!.files).toEqual([{ id: draftText.id, name: 'dự thảo.pdf', sha256: draftText.sha256, downloadUrl: draftText.downloadUrl }]);
    expect((await download(server, draftText.downloadUrl, homeOfficer)).status).toBe(200);
    expect((await download(server, draftText.downloadUrl, viewer)).status).toBe(200);
    expect((await download(server, draftText.downloadUrl)).status).toBe(404);

    // Only the files change: the version still moves on, so syncing apps see it; the old file is its uploader's again.
    const updated = await mutate(
      server,
      withFiles(UPDATE_CRITERIA),
      { id: created.record!.id, expectedVersion: 1, fileIds: [decisionScan.id, draftText.id] },
      province,
    );
    expect(updated.record).toMatchObject({ version: 2 });
    expect(fileIdsOf(updated.record)).toEqual([decisionScan.id, draftText.id]);
    const [audit] = await server.database.dataSource.query(
      `SELECT changes->'fileIds'->'after' AS "fileIds" FROM audit_event WHERE action = 'updateCriteriaSet' ORDER BY sequence DESC LIMIT 1`,
    );
    expect(audit.fileIds).toHaveLength(2);

    expect((await download(server, decisionScan.downloadUrl)).status).toBe(404);
    // The adoption may name the signed decision instead: the draft's text is then its uploader's again.
    const adopted = await mutate(
      server,
      withFiles(ADOPT_CRITERIA),
      { id: created.record!.id, expectedVersion: 2, ...decision(), fileIds: [decisionScan.id] },
      province,
    );
    expect(adopted.userErrors).toEqual([]);
    expect(fileIdsOf(adopted.record)).toEqual([decisionScan.id]);
    expect((await download(server, decisionScan.downloadUrl)).status).toBe(200);
    expect((await download(server, draftText.downloadUrl)).status).toBe(404);
    expect((await download(server, draftText.downloadUrl, province)).status).toBe(200);

    const locked = await failure(server, UPDATE_CRITERIA, { input: { id: created.record!.id, expectedVersion: 3, fileIds: [] } }, province);
    expect(locked).toMatchObject({ code: 'LOCKED', reason: 'CRITERIA_SET_FIXED' });
    const links = await server.database.dataSource.query(`SELECT count(*)::int AS n FROM stored_file_links WHERE record_type = 'CriteriaSet'`);
    expect(links).toEqual([{ n: 1 }]);
  });
});

describe('product lots name files', () => {
  it("reads a lot's documents like the lot, refuses another unit's file, and fixes them once custody starts", async () => {
    const { homeOfficer, otherOfficer, viewer } = world.callers;
    const harvest = await uploaded(server, homeOfficer, PDF, 'phiếu thu hoạch.pdf');
    const lab = await uploaded(server, homeOfficer, PNG, 'kết quả kiểm nghiệm.png');

    // Another commune's officer may not name the home commune's upload: refused like a missing file.
    const otherLot = lotInput(world, { administrativeUnitCode: OTHER_UNIT, zoneId: null, activityRecordIds: [world.records.other], fileIds: [harvest.id] });
    expect(await failure(server, REGISTER, { input: otherLot }, otherOfficer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fileIds[0]',
      reason: 'NOT_FOUND',
    });

    const registered = await mutate(server, withFiles(REGISTER), lotInput(world, { fileIds: [harvest.id] }), homeOfficer);
    expect(registered.userErrors).toEqual([]);
    expect(fileIdsOf(registered.record)).toEqual([harvest.id]);
    // Lots are read by every officer, verifier and viewer; not without a login (the QR verification shows no files).
    expect((await download(server, harvest.downloadUrl, otherOfficer)).status).toBe(200);
    expect((await download(server, harvest.downloadUrl, viewer)).status).toBe(200);
    expect((await download(server, harvest.downloadUrl)).status).toBe(404);

    const updated = await mutate(server, withFiles(UPDATE), { id: registered.record!.id, expectedVersion: 1, fileIds: [harvest.id, lab.id] }, homeOfficer);
    expect(updated.userErrors).toEqual([]);
    expect(updated.record).toMatchObject({ version: 2 });
    expect(fileIdsOf(updated.record)).toEqual([harvest.id, lab.id]);

    const shipped = await mutate(
      server,
      EVENT,
      { lotId: registered.record!.id, kind: 'SHIPPED', quantityKg: 100, date: '2026-11-20', idempotencyKey: eventKey() },
      homeOfficer,
    );
    const { version } = (shipped.record as unknown as { lot: { version: number } }).lot;
    const frozen = await failure(server, UPDATE, { input: { id: registered.record!.id, expectedVersion: version, fileIds: [] } }, homeOfficer);
    expect(frozen).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileIds', reason: 'LOT_IN_CUSTODY' });
    expect((await download(server, lab.downloadUrl, otherOfficer)).status).toBe(200);
  });
});

describe('the files field of a list', () => {
  it('costs two statements more, however many records', async () => {
    const { province, homeOfficer } = world.callers;
    for (const name of ['a.pdf', 'b.pdf', 'c.pdf']) {
      const file = await uploaded(server, homeOfficer, PDF, name);
      await mutate(server, REGISTER, lotInput(world, { fileIds: [file.id] }), homeOfficer);
      const draft = await uploaded(server, province, PDF, name);
      await mutate(server, CREATE_CRITERIA, criteriaInput({ crop: 'DURIAN', setVersion: null, fileIds: [draft.id] }), province);
    }
    for (const list of ['productLots', 'criteriaSets']) {
      await ok(server, `{ ${list}(first: 50) { edges { node { id } } } }`, {}, province);
      const plain = server.lastSqlStatements();
      const answer = await ok<Record<string, { edges: { node: { files: unknown[] } }[] }>>(
        server,
        `{ ${list}(first: 50) { edges { node { id files { id name } } } } }`,
        {},
        province,
      );
      expect(answer[list].edges.filter((edge) => edge.node.files.length > 0).length).toBeGreaterThanOrEqual(3);
      expect(server.lastSqlStatements()).toBe(plain + 2); // the links, then the files
    }
  });
});
