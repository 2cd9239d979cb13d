import { AccessRule } from '../../core/auth/access';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { ForbiddenError } from '../../core/errors/app-errors';
import { registerRule, taskByCode } from '../field-records';
import { AgencyRole, agencyHasTaskRole } from '../plan';
import { ExportContract } from './export-contract.entity';
import { TradePromotionEvent } from './trade-promotion-event.entity';

/** Trade promotion is public administration: officials, verifiers, viewers and keys with trade:read read it. */
export const TRADE_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['trade:read'],
};

/**
 * Who may try: province officers, and agency officers whom the register writes then narrow to the
 * lead agencies of VI.3 (the Department of Industry and Trade in the seeded plan).
 */
export const TRADE_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER] };

/** The plan task these registers record. */
export const TRADE_TASK = 'VI.3';

export const TRADE_PROMOTION_EVENTS = registerRule('TradePromotionEvent', TradePromotionEvent, TRADE_READERS);
export const EXPORT_CONTRACTS = registerRule('ExportContract', ExportContract, TRADE_READERS);

/**
 * Agency officers write only when their agency leads the task (NOT_LEAD_AGENCY otherwise, like the
 * research register). Runs before the register writes, whose own check gives no reason.
 */
export async function assertLeadOfTask(ctx: RequestContext, code: string): Promise<void> {
  const { principal } = ctx;
  if (principal.kind !== 'USER' || principal.role !== Role.AGENCY_OFFICER) return;
  const task = await taskByCode(ctx.dataSource, code, 'input');
  if (!principal.agencyId || !(await agencyHasTaskRole(ctx.dataSource, principal.agencyId, task.id, AgencyRole.LEAD))) {
    throw new ForbiddenError(`Only officers of the lead agencies of task ${code} write this register`, 'NOT_LEAD_AGENCY', { field: 'input' });
  }
}
