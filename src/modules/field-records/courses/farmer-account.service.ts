import { EntityManager } from 'typeorm';
import { lockForWrite } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { normalisePhone, optionalText, phoneNumber, planInstant, requiredText } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { OrderDirection, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { rejectWrite, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { communeByCode } from '../shared/record-references';
import { FarmerAccount } from './farmer-account.entity';
import { FarmerAccountFilter, RegisterFarmerAccountInput } from './farmer-account.inputs';
import { FARMER_ACCOUNTS, farmerUserId, limitToVisibleFarmers } from './farmer-scope';

export interface FarmerAccountResult {
  farmerAccount: FarmerAccount | null;
  userErrors: UserError[];
}

const TYPE = 'FarmerAccount';
const UNIQUE_INDEXES = { UQ_farmer_account_phone: 'phone', UQ_farmer_account_email: 'email', UQ_farmer_account_user: 'consent' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function email(value: string | null | undefined): string | null {
  const text = optionalText(value, 'input.email', 254);
  if (text === null) return null;
  if (!EMAIL.test(text)) throw new BadUserInputError('input.email is not an email address', 'input.email', 'INVALID_EMAIL');
  return text.toLowerCase();
}

/** The audit trail is append-only: it records that contact data exists, never the data, so erasure erases. */
function auditView(account: FarmerAccount): Record<string, unknown> {
  const hidden = (value: string | null) => (value === null ? null : '(personal data)');
  return { ...account, phone: hidden(account.phone), email: hidden(account.email), displayName: hidden(account.displayName) };
}

async function assertContactsFree(manager: EntityManager, phone: string | null, mail: string | null): Promise<void> {
  const accounts = manager.getRepository(FarmerAccount);
  if (phone && (await accounts.existsBy({ phone }))) rejectWrite('phone', 'TAKEN', 'A farmer account already has this phone number');
  if (mail && (await accounts.existsBy({ email: mail }))) rejectWrite('email', 'TAKEN', 'A farmer account already has this email');
}

/**
 * Registers a farmer: by an officer or a partner key for a commune in its scope, or by a FARMER user
 * for themselves (the account is then linked to their login).
 */
export async function registerFarmerAccount(ctx: RequestContext, input: RegisterFarmerAccountInput): Promise<FarmerAccountResult> {
  const phone = input.phone?.trim() ? phoneNumber(input.phone, 'input.phone') : null;
  const mail = email(input.email);
  if (!phone && !mail) throw new BadUserInputError('A farmer account needs a phone number or an email', 'input.phone', 'REQUIRED');
  if (!input.consent.accepted) throw new BadUserInputError('The farmer must accept the data notice', 'input.consent.accepted', 'CONSENT_REQUIRED');
  const fields = {
    phone,
    email: mail,
    displayName: optionalText(input.displayName, 'input.displayName', 100),
    consentNoticeVersion: requiredText(input.consent.noticeVersion, 'input.consent.noticeVersion', 40),
    consentGivenAt: input.consent.givenAt ? planInstant(input.consent.givenAt, 'input.consent.givenAt') : new Date(),
  };
  const unit = await communeByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode');
  const ownUserId = farmerUserId(ctx);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'registerFarmerAccount',
    entityType: TYPE,
    input,
    // A FARMER registers themselves, in any commune; an officer or a key only for a commune in its scope.
    unit: ownUserId ? undefined : { ...unit, field: 'input.administrativeUnitCode' },
    uniqueIndexes: UNIQUE_INDEXES,
    replay: (manager, id) => manager.getRepository(FarmerAccount).findOneBy({ id }),
    write: async (manager) => {
      const accounts = manager.getRepository(FarmerAccount);
      if (ownUserId) {
        const own = await accounts.findOneBy({ userId: ownUserId });
        if (own && !own.deletedAt) rejectWrite('consent', 'ALREADY_REGISTERED', 'You already have a farmer account');
        // A farmer who deleted their account may start again; the old tombstone lets go of the login.
        if (own) await accounts.update({ id: own.id }, { userId: null });
      }
      await assertContactsFree(manager, phone, mail);
      const saved = await accounts.save(accounts.create({ ...fields, administrativeUnitId: unit.id, userId: ownUserId }));
      await recordAudit(manager, ctx, { action: 'registerFarmerAccount', entityType: TYPE, entityId: saved.id, before: null, after: auditView(saved) });
      return saved;
    },
  });
  return { farmerAccount: record, userErrors };
}

/** Withdrawal of consent: the contact data is erased at once; completions stay counted. */
export async function deleteFarmerAccount(ctx: RequestContext, input: DeleteRecordInput): Promise<FarmerAccountResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteFarmerAccount',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, FARMER_ACCOUNTS, input.id);
      const after = await softDelete(manager, FarmerAccount, TYPE, before, input.expectedVersion, { phone: null, email: null, displayName: null });
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteFarmerAccount', entityType: TYPE, entityId: id, before: auditView(before), after: auditView(after) });
      }
      return after;
    },
  });
  return { farmerAccount: record, userErrors };
}

export function listFarmerAccounts(
  ctx: RequestContext,
  page: PageArgs,
  filter: FarmerAccountFilter | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<FarmerAccount>> {
  const query = ctx.dataSource.getRepository(FarmerAccount).createQueryBuilder('f');
  limitToVisibleFarmers(ctx, query, 'f');
  if (filter?.administrativeUnitCode) {
    query.andWhere('f.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.phone) query.andWhere('f.phone = :phone', { phone: normalisePhone(filter.phone) ?? filter.phone.trim() });
  if (filter?.email) query.andWhere('f.email = :email', { email: filter.email.trim().toLowerCase() });
  const sort = {
    name: 'CREATED_AT',
    column: 'f.created_at',
    kind: 'timestamp' as const,
    value: (f: FarmerAccount) => f.createdAt.toISOString(),
    direction: OrderDirection.ASC,
  };
  return listRecords(query, page, sort, updatedSince);
}
