import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { liveOrganisation } from '../../organisations';

/**
 * The organisation a pilot or event names as its host, by global ID (undefined keeps, null clears):
 * it must exist and be live. Any commune's organisation may be named: a cooperative seated in one
 * commune often hosts work in the next one. The free-text host stays beside it.
 */
export async function hostOrganisationId(
  ctx: RequestContext,
  manager: EntityManager,
  globalId: string | null | undefined,
): Promise<{ hostOrganisationId?: string | null }> {
  if (globalId === undefined) return {};
  if (globalId === null) return { hostOrganisationId: null };
  return { hostOrganisationId: (await liveOrganisation(ctx, manager, globalId, 'input.hostOrganisationId')).id };
}
