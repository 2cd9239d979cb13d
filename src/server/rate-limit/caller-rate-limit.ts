import { NextFunction, Request, Response } from 'express';
import { ANONYMOUS } from '../../core/auth/principal';
import { AppRuntime } from '../../core/context';
import { RateLimitedError } from '../../core/errors/app-errors';
import { sendError } from '../auth.middleware';
import { addressKey } from './address-key';
import { setRateLimitHeaders } from './rate-limit-store';

export interface CallerRateLimits {
  /** Requests per minute for callers without credentials, per client address (IPv6 per /64). */
  anonymousRequestsPerMinute: number;
  /** Requests per minute for each signed-in user. */
  userRequestsPerMinute: number;
}

/**
 * Runs after authMiddleware (which limits API keys by their own rate): anonymous callers share a
 * budget per client address, users have one each. Over it: HTTP 429 with the same headers as for keys,
 * before the body is even parsed.
 */
export function callerRateLimit(runtime: AppRuntime, limits: CallerRateLimits) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const principal = req.principal ?? ANONYMOUS;
      if (principal.kind === 'API_KEY') return next();
      const decision =
        principal.kind === 'USER'
          ? await runtime.rateLimits.consume('user', principal.userId, limits.userRequestsPerMinute, 60)
          : await runtime.rateLimits.consume('anonymous', addressKey(req.ip), limits.anonymousRequestsPerMinute, 60);
      setRateLimitHeaders(res, decision);
      if (!decision.allowed) return sendError(res, 429, new RateLimitedError(decision.resetSeconds));
      next();
    } catch (error) {
      next(error);
    }
  };
}
