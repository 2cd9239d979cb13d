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

/** The reason of every refusal for a unit outside the caller's scope (a declaration's refusal is NOT_PERMITTED). */
export const OUT_OF_SCOPE = 'OUT_OF_SCOPE';

/**
 * The service-level check behind every write for a commune or ward: whatever IDs a caller sends,
 * it can only write for units in its scope. `field` names the input that chose the unit.
 */
export function assertCanWriteForUnit(ctx: RequestContext, unitId: string, unitLabel: string, field?: string): void {
  if (!scopeIncludes(writableUnits(ctx.principal), unitId)) {
    throw new ForbiddenError(`You may not write data for ${unitLabel}`, OUT_OF_SCOPE, field ? { field } : {});
  }
}
