import { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ANONYMOUS, Principal } from '../core/auth/principal';
import { AppRuntime, RequestContext } from '../core/context';
import { Loaders } from '../core/loaders/loaders';
import { clientAbortSignal } from './client-abort';

/**
 * The RequestContext of one HTTP request. Its loaders are built on first use (a request that batches
 * nothing, such as the calculator or `{ __typename }`, builds none), through a getter on the
 * prototype: Apollo clones the context for each operation with Object.assign, which would call an
 * own getter and build every module's loaders for every request. The client-abort signal is made
 * the same way.
 */
class HttpRequestContext implements RequestContext {
  readonly requestId: string;
  readonly principal: Principal;
  readonly clientAddress: string | null;
  readonly logger: RequestContext['logger'];
  /** Shared by Apollo's clones (copied by reference), so one request builds its loaders and signal once. */
  private readonly built: { loaders?: Loaders; signal?: AbortSignal } = {};

  constructor(
    private readonly req: Request,
    private readonly res: Response,
    readonly dataSource: DataSource,
    readonly runtime: AppRuntime,
    private readonly createLoaders: (dataSource: DataSource) => Loaders,
  ) {
    this.requestId = String(req.id);
    this.principal = req.principal ?? ANONYMOUS;
    this.clientAddress = req.ip ?? null;
    this.logger = req.log;
  }

  /** Made on first use, like the loaders (few operations read it); one made after the client left is already aborted. */
  get signal(): AbortSignal {
    return (this.built.signal ??= clientAbortSignal(this.req, this.res));
  }

  get loaders(): Loaders {
    return (this.built.loaders ??= this.createLoaders(this.dataSource));
  }
}

export function httpRequestContext(
  dataSource: DataSource,
  runtime: AppRuntime,
  createLoaders: (dataSource: DataSource) => Loaders,
): (req: Request, res: Response) => RequestContext {
  return (req, res) => new HttpRequestContext(req, res, dataSource, runtime, createLoaders);
}
