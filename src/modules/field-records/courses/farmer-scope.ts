import { SelectQueryBuilder } from 'typeorm';
import { ReferenceRule, unitWritable } from '../../../core/auth/references';
import { Role } from '../../../core/auth/roles';
import { draftReadableUnits } from '../../../core/auth/unit-scope';
import { RequestContext } from '../../../core/context';
import { Enrolment } from './enrolment.entity';
import { FarmerAccount } from './farmer-account.entity';

/** The signed-in farmer's user id, when the caller is a FARMER. */
export function farmerUserId(ctx: RequestContext): string | null {
  const { principal } = ctx;
  return principal.kind === 'USER' && principal.role === Role.FARMER ? principal.userId : null;
}

/**
 * Farmer accounts are personal data: an account the caller may not see does not exist for it. A
 * farmer acts on their own account only; officers and keys on the accounts of their units.
 */
export const FARMER_ACCOUNTS: ReferenceRule<FarmerAccount> = {
  type: 'FarmerAccount',
  entity: FarmerAccount,
  unitOf: (account) => account.administrativeUnitId,
  canRead: (ctx, account) => canSeeFarmer(ctx, account),
  canWrite: (ctx, account) => {
    const userId = farmerUserId(ctx);
    return userId ? account.userId === userId : unitWritable(ctx, account.administrativeUnitId);
  },
  deletedAt: (account) => account.deletedAt,
};

/** Limits a query joined to farmer_account (alias `farmerAlias`) to the accounts the caller may see. */
export function limitToVisibleFarmers<T extends object>(ctx: RequestContext, query: SelectQueryBuilder<T>, farmerAlias: string): void {
  const userId = farmerUserId(ctx);
  if (userId) {
    query.andWhere(`${farmerAlias}.user_id = :ownUserId`, { ownUserId: userId });
    return;
  }
  const units = draftReadableUnits(ctx.principal);
  if (units !== 'ALL') query.andWhere(`${farmerAlias}.administrative_unit_id = ANY(:visibleUnits)`, { visibleUnits: units });
}

/** For node(id:): whether the caller may see this account. */
export function canSeeFarmer(ctx: RequestContext, account: FarmerAccount): boolean {
  const userId = farmerUserId(ctx);
  if (userId) return account.userId === userId;
  const units = draftReadableUnits(ctx.principal);
  return units === 'ALL' || units.includes(account.administrativeUnitId);
}

/** For node(id:): the farmer account when the caller may see it, else null. */
export async function findVisibleFarmerAccount(ctx: RequestContext, id: string): Promise<FarmerAccount | null> {
  const account = await ctx.loaders.farmerAccountById.load(id);
  return account && canSeeFarmer(ctx, account) ? account : null;
}

/** For node(id:): the enrolment when the caller may see its farmer, else null. */
export async function findVisibleEnrolment(ctx: RequestContext, id: string): Promise<Enrolment | null> {
  const enrolment = await ctx.loaders.enrolmentById.load(id);
  return enrolment && (await findVisibleFarmerAccount(ctx, enrolment.farmerAccountId)) ? enrolment : null;
}
