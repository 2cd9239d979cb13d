import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import multer, { MulterError } from 'multer';
import { isAllowed } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { RouteDeps } from '../../core/modules/api-module';
import { isUuid, tryDecodeGlobalId } from '../../core/relay/global-id';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { FILE_UPLOADERS, FileReferenceKind, mayReadFile, uploaderUnit } from './file-access';
import { ALLOWED_TYPES, detectFileType } from './file-types';
import { contentDisposition, safeFileName } from './safe-name';
import { createFileStore } from './files.runtime';
import { StoredFile } from './stored-file.entity';

const TYPE = 'StoredFile';

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** What POST /files answers: the file as GraphQL shows it. */
function describe(file: StoredFile) {
  return { id: file.nodeId, sha256: file.sha256, size: file.size, contentType: file.contentType, name: file.name, downloadUrl: file.downloadUrl };
}

/** The stored file a path's ID names, or null for anything else: forged, malformed, of another type, missing. */
async function fileOf(ctx: RequestContext, id: string): Promise<StoredFile | null> {
  const decoded = id.length <= 128 ? tryDecodeGlobalId(id) : null;
  if (!decoded || decoded.type !== TYPE || !isUuid(decoded.id)) return null;
  return ctx.loaders.storedFileById.load(decoded.id.toLowerCase());
}

/**
 * POST /files (multipart/form-data, one part named `file`) stores a file; GET /files/:id serves it to
 * whoever may read a record that names it (README, "Files").
 */
export function fileRoutes(kinds: readonly FileReferenceKind[]) {
  return ({ dataSource, runtime, authenticate, contextOf }: RouteDeps): Router => {
    const store = createFileStore(runtime.files, dataSource);
    const { maxBytes } = runtime.files;
    const receive = multer({
      storage: multer.memoryStorage(),
      // One file and nothing else: no text fields, a bounded header.
      limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1, fieldNameSize: 100, headerPairs: 20 },
      defParamCharset: 'utf8',
    }).single('file');

    const mayUpload: RequestHandler = (req, res, next) => {
      const { principal } = contextOf(req, res);
      if (principal.kind === 'ANONYMOUS') return fail(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API key with files:write to upload');
      if (!isAllowed(FILE_UPLOADERS, principal))
        return fail(res, 403, 'FORBIDDEN', 'Uploads are for officers and keys with files:write', { reason: 'NOT_PERMITTED' });
      next();
    };

    const refusedUpload = (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      if (!(error instanceof MulterError)) return next(error);
      if (error.code === 'LIMIT_FILE_SIZE') {
        return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${maxBytes} bytes`, { reason: 'FILE_TOO_LARGE', maxBytes });
      }
      fail(res, 400, 'BAD_REQUEST', `Send multipart/form-data with exactly one part, a file named "file" (${error.message})`, {
        reason: error.code,
        field: 'file',
      });
    };

    const router = Router();
    router.post('/', authenticate, mayUpload, receive, refusedUpload, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const upload = req.file;
        if (!upload) return fail(res, 400, 'BAD_REQUEST', 'Send multipart/form-data with a file part named "file"', { field: 'file', reason: 'REQUIRED' });
        const type = detectFileType(upload.buffer, upload.originalname);
        if (!type) {
          return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The content is not a type accepted here', {
            reason: 'FILE_TYPE_NOT_ALLOWED',
            allowed: ALLOWED_TYPES.map((t) => t.contentType),
          });
        }
        const ctx = contextOf(req, res);
        const id = randomUUID();
        const fields: StoredFile = Object.assign(new StoredFile(), {
          id,
          sha256: createHash('sha256').update(upload.buffer).digest('hex'),
          size: upload.buffer.length,
          contentType: type.contentType,
          name: safeFileName(upload.originalname, type.extension),
          uploadedByUserId: ctx.principal.kind === 'USER' ? ctx.principal.userId : null,
          uploadedByApiKeyId: ctx.principal.kind === 'API_KEY' ? ctx.principal.apiKeyId : null,
          administrativeUnitId: uploaderUnit(ctx),
        });
        // The bytes first, then the row that makes them reachable; if the row fails, the bytes go.
        await store.put(id, Readable.from([upload.buffer]));
        try {
          const { record } = await runWrite(ctx, {
            operation: 'uploadFile',
            entityType: TYPE,
            write: async (manager) => {
              const saved = await manager.getRepository(StoredFile).save(fields);
              const after = { ...saved };
              await recordAudit(manager, ctx, { action: 'uploadFile', entityType: TYPE, entityId: id, before: null, after });
              return saved;
            },
          });
          res
            .status(201)
            .setHeader('Location', fields.downloadUrl)
            .json(describe(record ?? fields));
        } catch (error) {
          await store.delete(id).catch((cause: unknown) => req.log.warn({ err: cause, fileId: id }, 'could not remove the bytes of a refused upload'));
          throw error;
        }
      } catch (error) {
        next(error);
      }
    });

    router.get('/:id', authenticate, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = contextOf(req, res);
        const file = await fileOf(ctx, String(req.params.id));
        // Missing, malformed and not yours to read are one answer: nothing leaks about other units' files.
        if (!file || !(await mayReadFile(ctx, dataSource.manager, file, kinds))) return fail(res, 404, 'NOT_FOUND', 'No such file');
        const body = await store.get(file.id);
        if (!body) {
          req.log.error({ fileId: file.id }, 'file metadata without stored bytes');
          return fail(res, 404, 'NOT_FOUND', 'No such file');
        }
        const inline = ALLOWED_TYPES.find((t) => t.contentType === file.contentType)?.inline ?? false;
        res.setHeader('Content-Type', file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType);
        res.setHeader('Content-Length', String(file.size));
        res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', file.name));
        res.setHeader('X-Content-Type-Options', 'nosniff');
        // Nothing in a file may run as this origin's page, whatever a browser makes of it (a sandbox
        // would also stop the browser's own PDF viewer, so PDFs get the policy without it).
        const sandbox = file.contentType === 'application/pdf' ? '' : '; sandbox';
        res.setHeader('Content-Security-Policy', `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'${sandbox}`);
        res.setHeader('Cache-Control', 'private, no-cache');
        res.setHeader('ETag', `"${file.sha256}"`);
        res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
        if (req.headers['if-none-match'] === `"${file.sha256}"`) {
          body.destroy();
          res.removeHeader('Content-Length');
          return void res.status(304).end();
        }
        if (req.method === 'HEAD') {
          body.destroy();
          return void res.end();
        }
        await pipeline(body, res);
      } catch (error) {
        // A download under way cannot turn into an error answer (e.g. the client went away).
        if (res.headersSent) return void req.log.warn({ err: error }, 'file download ended early');
        next(error);
      }
    });
    // A path that does not even decode (`/files/%E0%A4%A`) names no file either.
    router.use((error: unknown, _req: Request, res: Response, next: NextFunction) =>
      error instanceof URIError ? fail(res, 404, 'NOT_FOUND', 'No such file') : next(error),
    );
    return router;
  };
}
