// Shared by the files end-to-end tests: uploads as a browser or an app sends them (FormData and Blob
// of Node's fetch), downloads, and the bytes of each kind of file.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { TestServer } from '../../helpers/test-server';

export type Headers = Record<string, string>;

export interface Uploaded {
  id: string;
  sha256: string;
  size: number;
  contentType: string;
  name: string;
  downloadUrl: string;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: globalThis.Headers;
  body: T;
}

export const baseUrl = (server: TestServer) => server.url.replace(/\/graphql$/, '');
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** POST /files with one part named `file` (or `field`), the name and Content-Type the client claims. */
export async function upload(
  server: TestServer,
  headers: Headers,
  bytes: Uint8Array,
  name: string,
  claimedType = 'application/octet-stream',
  field = 'file',
): Promise<Answer<Uploaded & { errors?: { message: string; extensions: Record<string, unknown> }[] }>> {
  const form = new FormData();
  form.append(field, new Blob([bytes], { type: claimedType }), name);
  const response = await fetch(`${baseUrl(server)}/files`, { method: 'POST', headers, body: form });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}

export async function uploaded(server: TestServer, headers: Headers, bytes: Uint8Array, name: string): Promise<Uploaded> {
  const answer = await upload(server, headers, bytes, name);
  if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function download(
  server: TestServer,
  path: string,
  headers: Headers = {},
): Promise<{ status: number; headers: globalThis.Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl(server)}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e90000000049454e44ae426082', 'hex'),
]);
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
/** The start of a Linux executable and of a Windows one: binaries, refused whatever they are called. */
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]);
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.alloc(120)]);
export const CSV = Buffer.from('xã,số hộ,diện tích (ha)\nHòa Phú,120,85.5\n');

export async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Hoạt động').addRow(['xã', 'ha']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A ZIP holding empty entries with these names (stored, no compression): enough for type detection. */
export function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
