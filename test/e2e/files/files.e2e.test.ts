import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toGlobalId } from 'graphql-relay';
import { Role } from '../../../src/core/auth/roles';
import { HOME_UNIT, OTHER_UNIT, createTestApiKey, createTestUser, unitId } from '../../helpers/principals';
import { TestServer, startTestServer } from '../../helpers/test-server';
import { CSV, ELF, EXE, Headers, JPEG, PDF, PNG, download, sha256, upload, uploaded, xlsx, zipOf } from './file-fixtures';

const MAX_FILE_BYTES = 100_000;

let server: TestServer;
let dataDir: string;
let home: Headers;
let homeColleague: Headers;
let other: Headers;
let province: Headers;
let viewer: Headers;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'files-e2e-'));
  server = await startTestServer({ env: { DATA_DIR: dataDir, MAX_FILE_BYTES: String(MAX_FILE_BYTES) } });
  home = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  homeColleague = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: HOME_UNIT })).headers;
  other = (await createTestUser(server, Role.COMMUNE_OFFICER, { unitCode: OTHER_UNIT })).headers;
  province = (await createTestUser(server, Role.PROVINCE_OFFICER)).headers;
  viewer = (await createTestUser(server, Role.VIEWER)).headers;
});
afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const errorOf = (body: { errors?: { extensions: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions;

describe('POST /files and GET /files/:id', () => {
  it('store the bytes and serve them back unchanged, with the SHA-256 of what was sent', async () => {
    const answer = await upload(server, home, PDF, 'Báo cáo quý 1.pdf', 'application/pdf');
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.any(String),
      sha256: sha256(PDF),
      size: PDF.length,
      contentType: 'application/pdf',
      name: 'Báo cáo quý 1.pdf',
      downloadUrl: `/files/${encodeURIComponent(answer.body.id)}`,
    });
    expect(answer.headers.get('location')).toBe(answer.body.downloadUrl);

    const got = await download(server, answer.body.downloadUrl, home);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(answer.body.sha256);
    expect(got.bytes.equals(PDF)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(`inline; filename="Bao cao quy 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%201.pdf`);
    expect(got.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(got.headers.get('etag')).toBe(`"${answer.body.sha256}"`);
    expect((await download(server, answer.body.downloadUrl, { ...home, 'if-none-match': `"${answer.body.sha256}"` })).status).toBe(304);

    // The metadata row says who uploaded it, for which unit; the bytes are on disk under the id.
    const [row] = await server.database.dataSource.query('SELECT * FROM stored_files WHERE sha256 = $1', [sha256(PDF)]);
    expect(row).toMatchObject({ size: PDF.length, administrative_unit_id: await unitId(server, HOME_UNIT), uploaded_by_api_key_id: null });
    expect(await readdir(path.join(dataDir, 'files', row.id.slice(0, 2)))).toEqual([row.id]);
    expect(await readdir(path.join(dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('tell the type from the content: a .pdf name with PNG bytes is a PNG, whatever the client claims', async () => {
    const png = await uploaded(server, home, PNG, 'photo.pdf');
    expect(png).toMatchObject({ contentType: 'image/png', name: 'photo.png', sha256: sha256(PNG) });
    const image = await download(server, png.downloadUrl, home);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(image.headers.get('content-security-policy')).toMatch(/; sandbox$/);
    expect(await uploaded(server, home, JPEG, 'ảnh hiện trường')).toMatchObject({ contentType: 'image/jpeg', name: 'ảnh hiện trường.jpg' });
    expect(await uploaded(server, home, CSV, 'so-lieu.csv')).toMatchObject({ contentType: 'text/csv', name: 'so-lieu.csv' });
    expect(await uploaded(server, home, CSV, 'so-lieu.exe')).toMatchObject({ contentType: 'text/plain', name: 'so-lieu.txt' });
    const geo = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [] }));
    expect(await uploaded(server, home, geo, 'vung.json')).toMatchObject({ contentType: 'application/geo+json', name: 'vung.geojson' });

    const docx = zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(await uploaded(server, home, docx, 'bien-ban')).toMatchObject({ contentType: expect.stringContaining('wordprocessingml'), name: 'bien-ban.docx' });
    const workbook = await uploaded(server, home, await xlsx(), 'bang.bin');
    expect(workbook).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: 'bang.xlsx' });
    const got = await download(server, workbook.downloadUrl, home);
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; /);
    const csv = await download(server, (await uploaded(server, home, CSV, 'a.csv')).downloadUrl, home);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it.each([
    ['an ELF executable', ELF, 'report.pdf'],
    ['a Windows executable', EXE, 'setup.exe'],
    ['text with a NUL byte', Buffer.from('a,b\n1,\u0000\n'), 'a.csv'],
    ['bytes that are not UTF-8', Buffer.from([0x61, 0xff, 0xfe, 0x62]), 'a.txt'],
    ['an empty file', Buffer.alloc(0), 'empty.txt'],
    ['a ZIP of programs', zipOf(['setup.exe', 'run.bat']), 'bang.xlsx'],
    ['a Java archive', zipOf(['META-INF/MANIFEST.MF', 'Main.class']), 'bang.docx'],
    ['a workbook with macros', zipOf(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']), 'bang.xlsx'],
  ])('refuse %s with 415 UNSUPPORTED_MEDIA_TYPE', async (_what, bytes, name) => {
    const answer = await upload(server, home, bytes, name, 'application/pdf');
    expect(answer.status).toBe(415);
    expect(errorOf(answer.body)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'FILE_TYPE_NOT_ALLOWED' });
  });

  it(`accept ${MAX_FILE_BYTES} bytes and refuse one more with 413 PAYLOAD_TOO_LARGE`, async () => {
    const exactly = Buffer.alloc(MAX_FILE_BYTES, 'a');
    expect((await upload(server, home, exactly, 'a.txt')).status).toBe(201);
    const answer = await upload(server, home, Buffer.alloc(MAX_FILE_BYTES + 1, 'a'), 'a.txt');
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE', maxBytes: MAX_FILE_BYTES });
  });

  it('need a file part named "file"', async () => {
    const answer = await upload(server, home, PDF, 'a.pdf', 'application/pdf', 'document');
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ code: 'BAD_REQUEST', field: 'file' });
    const json = await fetch(`${server.url.replace(/\/graphql$/, '')}/files`, {
      method: 'POST',
      headers: { ...home, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });

  it('take uploads from officers and keys with files:write only', async () => {
    expect((await upload(server, {}, PDF, 'a.pdf')).status).toBe(401);
    expect((await upload(server, { authorization: 'Bearer forged' }, PDF, 'a.pdf')).status).toBe(401);
    expect((await upload(server, viewer, PDF, 'a.pdf')).status).toBe(403);
    const reader = await createTestApiKey(server, { scopes: ['materials:write', 'files:read'] });
    const refused = await upload(server, reader.headers, PDF, 'a.pdf');
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
    const writer = await createTestApiKey(server, { scopes: ['files:write'], administrativeUnitIds: [await unitId(server, HOME_UNIT)] });
    const stored = await uploaded(server, writer.headers, PDF, 'a.pdf');
    const [row] = await server.database.dataSource.query('SELECT uploaded_by_api_key_id, uploaded_by_user_id FROM stored_files WHERE id = $1', [
      fromGlobal(stored.id),
    ]);
    expect(row).toEqual({ uploaded_by_api_key_id: writer.apiKey.id, uploaded_by_user_id: null });
    expect((await download(server, stored.downloadUrl, writer.headers)).status).toBe(200);
    expect((await download(server, stored.downloadUrl, home)).status).toBe(404);
  });

  it('answer 404 for a file no record names yet to everyone but its uploader, and for forged or malformed ids', async () => {
    const file = await uploaded(server, home, PDF, 'a.pdf');
    expect((await download(server, file.downloadUrl, home)).status).toBe(200);
    for (const headers of [{}, other, province, homeColleague, viewer]) {
      const refused = await download(server, file.downloadUrl, headers);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.bytes.toString())).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    const uuid = fromGlobal(file.id);
    for (const forged of [
      uuid,
      'abc',
      toGlobalId('Material', uuid),
      toGlobalId('StoredFile', 'not-a-uuid'),
      toGlobalId('StoredFile', '00000000-0000-4000-8000-000000000000'),
      encodeURIComponent(`${file.id}\u0000`),
      'x'.repeat(5000),
      '%E0%A4%A',
    ]) {
      expect({ forged, status: (await download(server, `/files/${forged}`, home)).status }).toEqual({ forged, status: 404 });
    }
  });
});

const fromGlobal = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

const CREATE_MATERIAL = `mutation($input: CreateMaterialInput!) {
  createMaterial(input: $input) { material { id version fileUrl checksumSha256 files { id name sha256 size contentType downloadUrl } } userErrors { field code } } }`;
const UPDATE_MATERIAL = `mutation($input: UpdateMaterialInput!) {
  updateMaterial(input: $input) { material { id version fileUrl files { id } } userErrors { field code } } }`;
const materialInput = (fields: Record<string, unknown>) => ({
  kind: 'LEAFLET',
  title: 'Tờ rơi bón phân hợp lý',
  language: 'vi',
  administrativeUnitCode: HOME_UNIT,
  ...fields,
});

describe('records that name files', () => {
  it('a material names uploaded files instead of a URL; its files are then public', async () => {
    const leaflet = await uploaded(server, home, PDF, 'tờ rơi.pdf');
    const photo = await uploaded(server, homeColleague, PNG, 'ảnh.png');
    expect((await download(server, leaflet.downloadUrl)).status).toBe(404);
    const created = await server.requestText<{ createMaterial: { material: Record<string, unknown> } }>(
      CREATE_MATERIAL,
      { input: materialInput({ fileIds: [leaflet.id, photo.id] }) },
      home,
    );
    expect(created.errors).toBeUndefined();
    const material = created.data!.createMaterial.material;
    expect(material).toMatchObject({
      fileUrl: leaflet.downloadUrl,
      checksumSha256: leaflet.sha256,
      files: [
        { id: leaflet.id, name: leaflet.name, sha256: leaflet.sha256, size: leaflet.size, contentType: 'application/pdf', downloadUrl: leaflet.downloadUrl },
        { id: photo.id, name: 'ảnh.png' },
      ],
    });
    const anonymous = await download(server, leaflet.downloadUrl);
    expect(anonymous.status).toBe(200);
    expect(sha256(anonymous.bytes)).toBe(leaflet.sha256);
    expect((await download(server, photo.downloadUrl, other)).status).toBe(200);

    // Replacing the files moves the download address along, and bumps the version for syncing apps.
    const updated = await server.requestText<{ updateMaterial: { material: Record<string, unknown> } }>(
      UPDATE_MATERIAL,
      { input: { id: material.id, expectedVersion: 1, fileIds: [photo.id] } },
      home,
    );
    expect(updated.data!.updateMaterial.material).toMatchObject({ version: 2, fileUrl: photo.downloadUrl, files: [{ id: photo.id }] });
    expect((await download(server, leaflet.downloadUrl)).status).toBe(404);
    const emptied = await server.requestText(UPDATE_MATERIAL, { input: { id: material.id, expectedVersion: 2, fileIds: [] } }, home);
    expect(emptied.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileUrl', reason: 'REQUIRED' });
  });

  it("refuses another unit's file, a forged ID and a file named twice with BAD_USER_INPUT on the item", async () => {
    const homeFile = await uploaded(server, home, PDF, 'a.pdf');
    const otherInput = materialInput({ administrativeUnitCode: OTHER_UNIT, fileUrl: 'https://example.test/a.pdf' });
    const refused = await server.requestText(CREATE_MATERIAL, { input: { ...otherInput, fileIds: [homeFile.id] } }, other);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileIds[0]', reason: 'NOT_FOUND' });
    const ownFile = await uploaded(server, other, PDF, 'b.pdf');
    const forged = await server.requestText(
      CREATE_MATERIAL,
      { input: { ...otherInput, fileIds: [ownFile.id, toGlobalId('Material', fromGlobal(ownFile.id))] } },
      other,
    );
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileIds[1]', reason: 'INVALID_ID' });
    const twice = await server.requestText(CREATE_MATERIAL, { input: { ...otherInput, fileIds: [ownFile.id, ownFile.id] } }, other);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileIds[1]', reason: 'DUPLICATE' });
    expect(
      await server.database.dataSource.query(`SELECT count(*)::int AS n FROM material WHERE administrative_unit_id = $1`, [await unitId(server, OTHER_UNIT)]),
    ).toEqual([{ n: 0 }]);
    // A colleague of the same commune and the province may name the commune's uploads.
    const byColleague = await server.requestText(CREATE_MATERIAL, { input: materialInput({ fileIds: [homeFile.id] }) }, homeColleague);
    expect(byColleague.errors).toBeUndefined();
  });

  it("a draft progress report's evidence is read by its commune and the province, not by another commune", async () => {
    const evidence = await uploaded(server, home, PDF, 'biên bản.pdf');
    const created = await server.requestText<{ createProgressReport: { progressReport: { id: string; files: { id: string }[] } } }>(
      `mutation($input: CreateProgressReportInput!) { createProgressReport(input: $input) { progressReport { id files { id name } } userErrors { field code } } }`,
      { input: { taskCode: 'I.3', year: 2026, status: 'ON_TRACK', fileIds: [evidence.id] } },
      home,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProgressReport.progressReport.files).toEqual([{ id: evidence.id, name: 'biên bản.pdf' }]);
    expect((await download(server, evidence.downloadUrl, homeColleague)).status).toBe(200);
    expect((await download(server, evidence.downloadUrl, province)).status).toBe(200);
    expect((await download(server, evidence.downloadUrl, other)).status).toBe(404);
    expect((await download(server, evidence.downloadUrl, viewer)).status).toBe(404);
    expect((await download(server, evidence.downloadUrl)).status).toBe(404);
    const node = await server.requestText<{ node: { id: string } | null }>(`query($id: ID!) { node(id: $id) { id } }`, { id: evidence.id }, other);
    expect(node.data!.node).toBeNull();
  });

  it("a commune's plan document is public once the plan is adopted", async () => {
    const document = await uploaded(server, home, PDF, 'kế hoạch.pdf');
    const SAVE = `mutation($input: SaveCommuneImplementationPlanInput!) {
      saveCommuneImplementationPlan(input: $input) { communeImplementationPlan { documentUrl documentSha256 files { id } } userErrors { field code } } }`;
    const input = { administrativeUnitCode: HOME_UNIT, title: 'Kế hoạch thực hiện', fileIds: [document.id] };
    const draft = await server.requestText<{ saveCommuneImplementationPlan: Record<string, unknown> }>(SAVE, { input: { ...input, status: 'DRAFT' } }, home);
    expect(draft.data!.saveCommuneImplementationPlan).toEqual({
      communeImplementationPlan: { documentUrl: document.downloadUrl, documentSha256: document.sha256, files: [{ id: document.id }] },
      userErrors: [],
    });
    expect((await download(server, document.downloadUrl)).status).toBe(404);
    const adopted = await server.requestText(SAVE, { input: { ...input, status: 'ADOPTED', adoptedOn: '2026-03-01' } }, home);
    expect(adopted.errors).toBeUndefined();
    expect((await download(server, document.downloadUrl)).status).toBe(200);
  });

  it('lists the files of many records with one batched lookup', async () => {
    const query = `{ materials(first: 50) { edges { node { id files { id name } } } } }`;
    const withoutFiles = `{ materials(first: 50) { edges { node { id } } } }`;
    for (const name of ['a.pdf', 'b.pdf', 'c.pdf']) {
      const file = await uploaded(server, province, PDF, name);
      await server.requestText(CREATE_MATERIAL, { input: materialInput({ administrativeUnitCode: null, fileIds: [file.id] }) }, province);
    }
    await server.requestText(withoutFiles, {}, home);
    const plain = server.lastSqlStatements();
    const answer = await server.requestText<{ materials: { edges: unknown[] } }>(query, {}, home);
    expect(answer.data!.materials.edges.length).toBeGreaterThanOrEqual(5);
    expect(server.lastSqlStatements()).toBe(plain + 2); // the links, then the files
  });
});
