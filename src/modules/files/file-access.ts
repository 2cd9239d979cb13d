import { EntityManager } from 'typeorm';
import { AccessRule } from '../../core/auth/access';
import { unitWritable } from '../../core/auth/references';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { StoredFileLink } from './stored-file-link.entity';
import { StoredFile } from './stored-file.entity';

/** Who may upload: officers who write records that can name files, and partner keys with `files:write`. */
export const FILE_UPLOADERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER], scopes: ['files:write'] };

/**
 * A record type that can name files, as its module answers for it (a port: the files module knows no
 * record type; src/app hands these in). `readable`: may the caller read at least one of these records?
 */
export interface FileReferenceKind {
  /** The GraphQL type, as stored in `stored_file_links.record_type`. */
  recordType: string;
  readable(ctx: RequestContext, recordIds: readonly string[]): Promise<boolean>;
}

export function isUploader(ctx: RequestContext, file: StoredFile): boolean {
  const { principal } = ctx;
  if (principal.kind === 'USER') return file.uploadedByUserId === principal.userId;
  if (principal.kind === 'API_KEY') return file.uploadedByApiKeyId === principal.apiKeyId;
  return false;
}

/**
 * Whether a write may name the file: its uploader, or a caller who writes for the uploader's unit (a
 * colleague of the same commune, the province). A file of no single unit: its uploader or the province.
 */
export function mayUseFile(ctx: RequestContext, file: StoredFile): boolean {
  return isUploader(ctx, file) || unitWritable(ctx, file.administrativeUnitId);
}

/**
 * The read rights of GET /files/:id: its uploader, or whoever may read one of the records that name
 * it (each record type's own rule). A file no record names yet is its uploader's alone.
 */
export async function mayReadFile(ctx: RequestContext, db: EntityManager, file: StoredFile, kinds: readonly FileReferenceKind[]): Promise<boolean> {
  if (isUploader(ctx, file)) return true;
  const links = await db.getRepository(StoredFileLink).find({ where: { fileId: file.id }, select: { recordType: true, recordId: true } });
  const byType = new Map<string, string[]>();
  for (const link of links) byType.set(link.recordType, [...(byType.get(link.recordType) ?? []), link.recordId]);
  for (const kind of kinds) {
    const ids = byType.get(kind.recordType);
    if (ids && (await kind.readable(ctx, ids))) return true;
  }
  return false;
}

/** The uploader's unit when it writes for exactly one. */
export function uploaderUnit(ctx: RequestContext): string | null {
  const { principal } = ctx;
  if (principal.kind === 'ANONYMOUS') return null;
  if (principal.kind === 'USER' && principal.administrativeUnitId) return principal.administrativeUnitId;
  return Array.isArray(principal.unitScope) && principal.unitScope.length === 1 ? principal.unitScope[0] : null;
}
