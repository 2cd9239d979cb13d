import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { decodeGlobalId } from '../../core/relay/global-id';
import { mayUseFile } from './file-access';
import { StoredFileLink } from './stored-file-link.entity';
import { StoredFile } from './stored-file.entity';

/** Most files one record may name. */
export const MAX_FILES_PER_RECORD = 20;

/** The query cost of a record's `files` list: counted as ten files, like other bounded lists. */
export const FILES_COMPLEXITY = ({ childComplexity }: { childComplexity: number }) => 1 + 10 * childComplexity;

/**
 * The files a write names (`field`: the input list, e.g. `input.fileIds`), checked inside the write's
 * transaction: each ID must be a StoredFile ID, name a file that exists and that the caller may use
 * (see mayUseFile), once. A file the caller may not use is refused exactly like a missing one
 * (BAD_USER_INPUT, reason NOT_FOUND), so IDs tell nothing about other units' files.
 */
export async function resolveFiles(ctx: RequestContext, manager: EntityManager, globalIds: readonly string[], field: string): Promise<StoredFile[]> {
  if (globalIds.length > MAX_FILES_PER_RECORD) {
    throw new BadUserInputError(`At most ${MAX_FILES_PER_RECORD} files`, field, 'TOO_MANY', { max: MAX_FILES_PER_RECORD });
  }
  const ids = globalIds.map((globalId, i) => decodeGlobalId(globalId, 'StoredFile', `${field}[${i}]`));
  const found = ids.length ? await manager.getRepository(StoredFile).findBy({ id: In([...new Set(ids)]) }) : [];
  const byId = new Map(found.map((file) => [file.id, file]));
  const seen = new Set<string>();
  return ids.map((id, i) => {
    const file = byId.get(id);
    if (!file || !mayUseFile(ctx, file)) throw new BadUserInputError(`No StoredFile ${globalIds[i]}`, `${field}[${i}]`, 'NOT_FOUND');
    if (seen.has(id)) throw new BadUserInputError('A file is named twice', `${field}[${i}]`, 'DUPLICATE');
    seen.add(id);
    return file;
  });
}

/** Makes `files` the record's files, in that order (in the write's transaction). */
export async function replaceFileLinks(manager: EntityManager, recordType: string, recordId: string, files: readonly StoredFile[]): Promise<void> {
  const links = manager.getRepository(StoredFileLink);
  await links.delete({ recordType, recordId });
  if (files.length) await links.insert(files.map((file, position) => ({ recordType, recordId, fileId: file.id, position })));
}

/** The files a record names, batched per request (the `files` field of every record type that has one). */
export async function filesOfRecord(ctx: RequestContext, recordType: string, recordId: string): Promise<StoredFile[]> {
  return ctx.loaders.filesOfRecord.load(`${recordType}:${recordId}`);
}
