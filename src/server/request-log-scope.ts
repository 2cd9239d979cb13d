import { AsyncLocalStorage } from 'node:async_hooks';
import { RequestHandler } from 'express';
import { Logger } from 'pino';

/** What every log line written while a request is handled carries (see createLogger's mixin). */
export interface RequestLogScope {
  requestId: string;
  /** Set once GraphQL has resolved which operation runs (null for an anonymous one). */
  operationName?: string | null;
}

const storage = new AsyncLocalStorage<RequestLogScope>();

/** The scope of the request being handled here, if any. */
export const currentRequestLogScope = (): RequestLogScope | undefined => storage.getStore();

/** Runs the rest of the request inside its log scope; mounted right after pino-http (which sets `req.id`). */
export const requestLogScope: RequestHandler = (req, _res, next) => storage.run({ requestId: String(req.id) }, next);

/**
 * pino `mixin`: adds `operationName` (once known) to every line written inside a request, and
 * `requestId` to lines from a logger that is not already bound to it (the root logger, e.g. the
 * error formatter's), so no line has it twice.
 */
export function requestLogFields(_mergeObject: object, _level: number, logger: Logger): Record<string, unknown> {
  const scope = storage.getStore();
  if (!scope) return {};
  const fields: Record<string, unknown> = {};
  if (scope.operationName !== undefined) fields.operationName = scope.operationName;
  if (logger.bindings().requestId === undefined) fields.requestId = scope.requestId;
  return fields;
}
