import { RequestContext } from '../context';
import { ForbiddenError } from '../errors/app-errors';
import { Principal, UnitScope } from './principal';
import { Role } from './roles';

const READS_ALL_DRAFTS = new Set<Role>([Role.ADMIN, Role.PROVINCE_OFFICER, Role.VERIFIER]);

export function scopeIncludes(scope: UnitScope, unitId: string): boolean {
  return scope === 'ALL' || scope.includes(unitId);
}

/** Units whose data the principal may write. Declarations decide *whether* one may write at all. */
export function writableUnits(principal: Principal): UnitScope {
  return principal.kind === 'ANONYMOUS' ? [] : principal.unitScope;
}

/** Units whose unpublished records (drafts) the principal may read. */
export function draftReadableUnits(principal: Principal): UnitScope {
  if (principal.kind === 'USER' && READS_ALL_DRAFTS.has(principal.role)) return 'ALL';
  return writableUnits(principal);
}

/**
 * The service-level check behind every write for a commune or ward: whatever IDs a caller sends,
 * it can only write for units in its scope.
 */
export function assertCanWriteForUnit(ctx: RequestContext, unitId: string, unitLabel: string): void {
  if (!scopeIncludes(writableUnits(ctx.principal), unitId)) {
    throw new ForbiddenError(`You may not write data for ${unitLabel}`);
  }
}
