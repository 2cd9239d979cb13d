import { PUBLIC } from '../../core/auth/access';
import { ApiModule } from '../../core/modules/api-module';
import { FileReferenceKind, mayReadFile } from './file-access';
import { createFileLoaders } from './files.loaders';
import { fileRoutes } from './files.routes';
import { filesRuntime } from './files.runtime';
import { StoredFileContent } from './store/stored-file-content.entity';
import { StoredFileLink } from './stored-file-link.entity';
import { StoredFile } from './stored-file.entity';

declare module '../../core/auth/scopes' {
  interface ScopeResources {
    files: true;
  }
}

/** What the files module needs from the modules whose records name files. */
export interface FilesPorts {
  /** Each record type that can name files, with its read rule (GET /files/:id follows it). */
  references: readonly FileReferenceKind[];
}

export function filesModule({ references }: FilesPorts): ApiModule {
  return {
    name: 'files',
    entities: [StoredFile, StoredFileLink, StoredFileContent],
    loaders: createFileLoaders,
    nodeTypes: {
      // Anyone may ask; the answer is the file only when GET /files/:id would serve it.
      StoredFile: {
        rule: PUBLIC,
        load: async (ctx, id) => {
          const file = await ctx.loaders.storedFileById.load(id);
          return file && (await mayReadFile(ctx, ctx.dataSource.manager, file, references)) ? file : null;
        },
      },
    },
    routes: [{ path: '/files', rateLimited: true, router: fileRoutes(references) }],
    scopes: ['files'],
    services: filesRuntime,
  };
}
