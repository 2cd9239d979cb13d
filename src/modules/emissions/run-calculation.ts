import { RequestContext } from '../../core/context';
import { ClientClosedRequestError } from '../../core/errors/client-closed-request';
import { CalculationAbortedError, CalculationRequest, CalculationResult, calculateEmissionsInChunks } from './engine';

/**
 * Runs the engine for a request: in chunks, so other requests are served in between, and only while
 * the client is there to receive the answer.
 */
export async function runCalculation(ctx: Pick<RequestContext, 'signal' | 'logger'>, request: CalculationRequest): Promise<CalculationResult> {
  try {
    return await calculateEmissionsInChunks(request, { signal: ctx.signal });
  } catch (error) {
    if (!(error instanceof CalculationAbortedError)) throw error;
    ctx.logger.info({ activitiesProcessed: error.activitiesProcessed, activities: error.activities }, 'emission calculation stopped: the client disconnected');
    throw new ClientClosedRequestError();
  }
}
