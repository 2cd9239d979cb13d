import { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppRuntime } from '../core/context';
import { Principal } from '../core/auth/principal';
import { AppError, RateLimitedError } from '../core/errors/app-errors';
import { sendJsonError } from './http-errors';
import { setRateLimitHeaders } from './rate-limit/rate-limit-store';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

/** Answers with an API error in the GraphQL shape (Retry-After included when it has one). */
export function sendError(res: Response, status: number, error: AppError): void {
  sendJsonError(res, status, error.message, error.extensions);
}

/** Turns a request's credentials into a principal (the identity module provides it); throws UNAUTHENTICATED. */
export type Authenticate = (dataSource: DataSource, auth: AppRuntime['auth'], credentials: { authorization?: string; apiKey?: string }) => Promise<Principal>;

/**
 * Resolves the caller before GraphQL runs: bad credentials answer 401 for every operation, and an
 * API key over its per-minute budget answers 429 with rate-limit headers, before any work is done.
 */
export function authMiddleware(authenticate: Authenticate, dataSource: DataSource, runtime: AppRuntime) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const principal = await authenticate(dataSource, runtime.auth, {
        authorization: req.header('authorization') ?? undefined,
        apiKey: req.header('x-api-key') ?? undefined,
      });
      if (principal.kind === 'API_KEY') {
        const decision = await runtime.rateLimits.consume('api-key', principal.apiKeyId, principal.rateLimitPerMinute, 60);
        setRateLimitHeaders(res, decision);
        if (!decision.allowed) return sendError(res, 429, new RateLimitedError(decision.resetSeconds));
      }
      req.principal = principal;
      next();
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === 'UNAUTHENTICATED') return sendError(res, 401, error);
      next(error);
    }
  };
}
