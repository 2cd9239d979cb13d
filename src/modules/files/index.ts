// The files module's public surface: other modules import only this file.
export { filesModule } from './files.module';
export type { FilesPorts } from './files.module';
export type { FileReferenceKind } from './file-access';
export { StoredFile } from './stored-file.entity';
export { FILES_COMPLEXITY, MAX_FILES_PER_RECORD, filesOfRecord, replaceFileLinks, resolveFiles } from './file-references';
