import { DataSource, EntityManager } from 'typeorm';
import { assertMayWriteRegister } from '../../core/auth/register-writers';
import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { containsPattern, accentInsensitiveMatch } from '../../core/db/text-search';
import { BadUserInputError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { nonNegative, optionalText, phoneNumber, requiredText } from '../../core/input/input-checks';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../core/relay/synced-list';
import { assertEditable, rejectWrite, softDelete } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { AdministrativeUnit, LOCAL_UNIT_KINDS } from '../geography';
import { ORGANISATIONS } from './organisation-access';
import { cropCode, cropCodes } from './organisation-crops';
import { Organisation } from './organisation.entity';
import {
  CreateOrganisationInput,
  OrganisationContactInput,
  OrganisationFilter,
  OrganisationOrder,
  OrganisationOrderField,
  UpdateOrganisationInput,
} from './organisation.inputs';

export interface OrganisationResult {
  organisation: Organisation | null;
  userErrors: UserError[];
}

type Db = DataSource | EntityManager;
type OrganisationFields = Partial<Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId' | 'administrativeUnit'>>;

const TYPE = 'Organisation';
const UNIQUE_INDEXES = { UQ_organisation_live_registration_code: 'registrationCode' };
/** Mã số thuế: 10 digits; a branch or dependent unit adds 3 (0123456789-001). */
const REGISTRATION_CODE = /^\d{10}(-\d{3})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTACT_FIELDS = { contactName: null, contactPhone: null, contactEmail: null };

export function registrationCode(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 40);
  if (text === null) return null;
  const code = text.replace(/[\s.]/g, '');
  if (!REGISTRATION_CODE.test(code)) {
    throw new BadUserInputError(`${field} must be 10 digits, or 10 digits, a dash and 3 digits for a branch`, field, 'INVALID_REGISTRATION_CODE');
  }
  return code;
}

/** The commune or ward of an organisation's seat. */
export async function seatUnit(db: Db, code: string, field: string): Promise<AdministrativeUnit> {
  const unit = await db.getRepository(AdministrativeUnit).findOneBy({ code: code.trim() });
  if (!unit || !LOCAL_UNIT_KINDS.includes(unit.kind)) throw new BadUserInputError(`No commune or ward has code ${code}`, field, 'UNKNOWN_UNIT');
  return unit;
}

function contactFields(contact: OrganisationContactInput): OrganisationFields {
  const email = optionalText(contact.email, 'input.contact.email', 254);
  if (email !== null && !EMAIL.test(email)) throw new BadUserInputError('input.contact.email is not an email address', 'input.contact.email', 'INVALID_EMAIL');
  return {
    contactName: optionalText(contact.name, 'input.contact.name', 200),
    contactPhone: contact.phone?.trim() ? phoneNumber(contact.phone, 'input.contact.phone') : null,
    contactEmail: email?.toLowerCase() ?? null,
  };
}

/** Checks the fields the input gives (create: all of them; update: the ones to change). */
function checkedFields(input: Partial<CreateOrganisationInput> | UpdateOrganisationInput): OrganisationFields {
  const fields: OrganisationFields = {};
  if (input.kind != null) fields.kind = input.kind;
  if (input.name != null) fields.name = requiredText(input.name, 'input.name', 300);
  if (input.registrationCode !== undefined) fields.registrationCode = registrationCode(input.registrationCode, 'input.registrationCode');
  if (input.memberHouseholds !== undefined) {
    fields.memberHouseholds = input.memberHouseholds === null ? null : nonNegative(input.memberHouseholds, 'input.memberHouseholds');
  }
  if (input.crops != null) fields.crops = cropCodes(input.crops, 'input.crops');
  if (input.contact !== undefined) Object.assign(fields, input.contact === null ? CONTACT_FIELDS : contactFields(input.contact));
  return fields;
}

/** The audit trail is append-only: it records that a contact exists, never the personal data, so erasure erases. */
function auditView(organisation: Organisation): Record<string, unknown> {
  const hidden = (value: string | null) => (value === null ? null : '(personal data)');
  const { administrativeUnit: _unit, ...rest } = organisation;
  return { ...rest, contactName: hidden(rest.contactName), contactPhone: hidden(rest.contactPhone), contactEmail: hidden(rest.contactEmail) };
}

async function assertCodeFree(manager: EntityManager, code: string | null | undefined, exceptId: string | null): Promise<void> {
  if (!code) return;
  const clash = await manager
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .where('o.registration_code = :code AND o.deleted_at IS NULL', { code })
    .andWhere(exceptId ? 'o.id <> :exceptId' : 'TRUE', { exceptId })
    .getExists();
  if (clash) rejectWrite('registrationCode', 'TAKEN', `Another organisation already has registration code ${code}`);
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(Organisation).findOneBy({ id });
const FIELD_UNIT = 'input.administrativeUnitCode';

export async function createOrganisation(ctx: RequestContext, input: CreateOrganisationInput): Promise<OrganisationResult> {
  const unit = await seatUnit(ctx.dataSource, input.administrativeUnitCode, FIELD_UNIT);
  await assertMayWriteRegister(ctx, { units: [{ id: unit.id, name: unit.name, field: FIELD_UNIT }], field: FIELD_UNIT });
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createOrganisation',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    prepare: () => Promise.resolve({ crops: [], ...CONTACT_FIELDS, registrationCode: null, memberHouseholds: null, ...checkedFields(input) }),
    write: async (manager, fields) => {
      await assertCodeFree(manager, fields.registrationCode, null);
      const repo = manager.getRepository(Organisation);
      const saved = await repo.save(repo.create({ ...fields, administrativeUnitId: unit.id }));
      await recordAudit(manager, ctx, { action: 'createOrganisation', entityType: TYPE, entityId: saved.id, before: null, after: auditView(saved) });
      return saved;
    },
  });
  return { organisation: record, userErrors };
}

export async function updateOrganisation(ctx: RequestContext, input: UpdateOrganisationInput): Promise<OrganisationResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const checked = checkedFields(input);
  const newUnit = input.administrativeUnitCode != null ? await seatUnit(ctx.dataSource, input.administrativeUnitCode, FIELD_UNIT) : null;
  if (newUnit) await assertMayWriteRegister(ctx, { units: [{ id: newUnit.id, name: newUnit.name, field: FIELD_UNIT }], field: FIELD_UNIT });
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateOrganisation',
    entityType: TYPE,
    input,
    uniqueIndexes: UNIQUE_INDEXES,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, ORGANISATIONS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      const fields: OrganisationFields = { ...checked, ...(newUnit ? { administrativeUnitId: newUnit.id } : {}) };
      await assertCodeFree(manager, fields.registrationCode, id);
      const repo = manager.getRepository(Organisation);
      const saved = await repo.save(repo.merge(repo.create({ ...before }), fields));
      await recordAudit(manager, ctx, { action: 'updateOrganisation', entityType: TYPE, entityId: id, before: auditView(before), after: auditView(saved) });
      return saved;
    },
  });
  return { organisation: record, userErrors };
}

/** Deletes softly and erases the contact person (personal data has no use once the organisation is gone). */
export async function deleteOrganisation(ctx: RequestContext, input: DeleteRecordInput): Promise<OrganisationResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteOrganisation',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, ORGANISATIONS, input.id);
      const after = await softDelete(manager, Organisation, TYPE, before, input.expectedVersion, CONTACT_FIELDS);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteOrganisation', entityType: TYPE, entityId: id, before: auditView(before), after: auditView(after) });
      }
      return after;
    },
  });
  return { organisation: record, userErrors };
}

const SORTS: Record<OrganisationOrderField, Omit<RecordSort<Organisation>, 'direction'>> = {
  NAME: { name: 'NAME', column: 'o.name', kind: 'text', value: (o) => o.name },
  CREATED_AT: { name: 'CREATED_AT', column: 'o.created_at', kind: 'timestamp', value: (o) => o.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'o.updated_at', kind: 'timestamp', value: (o) => o.updatedAt.toISOString() },
};

export function listOrganisations(
  ctx: RequestContext,
  page: PageArgs,
  filter: OrganisationFilter | null | undefined,
  orderBy: OrganisationOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<Organisation>> {
  const query = ctx.dataSource.getRepository(Organisation).createQueryBuilder('o');
  if (filter?.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
  if (filter?.administrativeUnitCode) {
    query.andWhere('o.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.crop) query.andWhere(':crop = ANY(o.crops)', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.registrationCode) query.andWhere('o.registration_code = :code', { code: registrationCode(filter.registrationCode, 'filter.registrationCode') });
  if (filter?.search) query.andWhere(accentInsensitiveMatch(['o.name'], 'search'), { search: containsPattern(filter.search, 'filter.search') });
  const sort = { ...SORTS[orderBy?.field ?? OrganisationOrderField.NAME], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}
