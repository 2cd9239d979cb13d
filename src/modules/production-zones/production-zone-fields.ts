import { DataSource, EntityManager, In } from 'typeorm';
import { resolveReference } from '../../core/auth/references';
import { RegisterUnit } from '../../core/auth/register-writers';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isCalendarDay } from '../../core/input/check-arguments';
import { PLAN_LAST_DAY, nonNegative, positive, requiredText } from '../../core/input/input-checks';
import { CRITERIA_SETS, CriteriaSetStatus } from '../criteria-sets';
import { cropCode } from '../field-records';
import { AdministrativeUnit, LOCAL_UNIT_KINDS } from '../geography';
import { OrganisationKind, liveOrganisations } from '../organisations';
import { ProductionZone } from './production-zone.entity';
import { ProductionZoneStatus } from './production-zone.enums';
import { CreateProductionZoneInput, EnterpriseLinkInput, UpdateProductionZoneInput } from './production-zone.inputs';
import { parseBoundary } from './zone-boundary';

type Db = DataSource | EntityManager;
export type ZoneFields = Partial<Omit<ProductionZone, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId' | 'criteriaSet'>>;

/** Zones formed before the plan may be registered; none after it. */
const FIRST_ZONE_DAY = '2000-01-01';
const BUYER_KINDS = [OrganisationKind.ENTERPRISE, OrganisationKind.COOPERATIVE];

export function zoneDate(value: string, field: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD`, field, 'INVALID_DATE');
  if (day < FIRST_ZONE_DAY || day > PLAN_LAST_DAY)
    throw new BadUserInputError(`${field} must be from ${FIRST_ZONE_DAY} to ${PLAN_LAST_DAY}`, field, 'OUT_OF_RANGE');
  return day;
}

const optionalDate = (value: string | null | undefined, field: string) => (value == null ? null : zoneDate(value, field));

/** The communes and wards a zone spans, without repeats, each refusal naming its item. */
export async function zoneUnits(db: Db, codes: readonly string[], field: string): Promise<RegisterUnit[]> {
  if (codes.length === 0) throw new BadUserInputError('A zone spans at least one commune or ward', field, 'REQUIRED');
  const wanted = codes.map((code) => code.trim());
  const found = await db.getRepository(AdministrativeUnit).findBy({ code: In(wanted) });
  const byCode = new Map(found.filter((u) => LOCAL_UNIT_KINDS.includes(u.kind)).map((u) => [u.code, u]));
  const units = new Map<string, RegisterUnit>();
  wanted.forEach((code, i) => {
    const unit = byCode.get(code);
    if (!unit) throw new BadUserInputError(`No commune or ward has code ${code}`, `${field}[${i}]`, 'UNKNOWN_UNIT');
    units.set(unit.id, { id: unit.id, name: unit.name, field: `${field}[${i}]` });
  });
  return [...units.values()];
}

/** Checks the plain fields the input gives (create: all of them; update: the ones to change). */
export function checkedFields(input: Partial<CreateProductionZoneInput> | UpdateProductionZoneInput): ZoneFields {
  const fields: ZoneFields = {};
  if (input.code != null) fields.code = requiredText(input.code, 'input.code', 40);
  if (input.name != null) fields.name = requiredText(input.name, 'input.name', 300);
  if (input.crop != null) fields.crop = cropCode(input.crop, 'input.crop');
  if (input.areaHa != null) fields.areaHa = positive(input.areaHa, 'input.areaHa');
  if (input.households != null) fields.households = nonNegative(input.households, 'input.households');
  if (input.status != null) fields.status = input.status;
  if (input.formingOn !== undefined) fields.formingOn = optionalDate(input.formingOn, 'input.formingOn');
  if (input.establishedOn !== undefined) fields.establishedOn = optionalDate(input.establishedOn, 'input.establishedOn');
  if ('dissolvedOn' in input && input.dissolvedOn !== undefined) fields.dissolvedOn = optionalDate(input.dissolvedOn, 'input.dissolvedOn');
  if (input.boundary !== undefined)
    fields.boundary = input.boundary === null || input.boundary.trim() === '' ? null : parseBoundary(input.boundary, 'input.boundary');
  return fields;
}

type DateField = 'formingOn' | 'establishedOn' | 'dissolvedOn';

/** Status and dates agree, on the zone as it would be stored: each status reached has its date, none beyond it, in order. */
export function checkStatusDates(zone: ZoneFields): void {
  const { status, formingOn, establishedOn, dissolvedOn } = zone;
  const required = (field: DateField) => {
    if (!zone[field]) throw new BadUserInputError(`A ${status} zone needs input.${field}`, `input.${field}`, 'REQUIRED');
  };
  const absent = (field: DateField) => {
    if (zone[field]) throw new BadUserInputError(`A ${status} zone has no ${field}`, `input.${field}`, 'NOT_APPLICABLE');
  };
  const rules: Record<ProductionZoneStatus, { required: DateField[]; absent: DateField[] }> = {
    PLANNED: { required: [], absent: ['formingOn', 'establishedOn', 'dissolvedOn'] },
    FORMING: { required: ['formingOn'], absent: ['establishedOn', 'dissolvedOn'] },
    ESTABLISHED: { required: ['formingOn', 'establishedOn'], absent: ['dissolvedOn'] },
    // Dissolved at any stage: established ones were formed first.
    DISSOLVED: { required: establishedOn ? ['dissolvedOn', 'formingOn'] : ['dissolvedOn'], absent: [] },
  };
  const rule = rules[status!];
  rule.required.forEach(required);
  rule.absent.forEach(absent);
  if (formingOn && establishedOn && establishedOn < formingOn)
    throw new BadUserInputError('establishedOn is before formingOn', 'input.establishedOn', 'DATE_ORDER');
  const latest = establishedOn ?? formingOn;
  if (dissolvedOn && latest && dissolvedOn < latest) throw new BadUserInputError('dissolvedOn is before the zone formed', 'input.dissolvedOn', 'DATE_ORDER');
}

/** Member organisations and buyers, live and of the register (any commune's: a zone's partners need not be seated in it). */
export async function organisationLinks(
  ctx: RequestContext,
  manager: EntityManager,
  input: Pick<UpdateProductionZoneInput, 'memberOrganisationIds' | 'enterpriseLinks'>,
): Promise<ZoneFields> {
  const fields: ZoneFields = {};
  if (input.memberOrganisationIds != null) {
    const members = await liveOrganisations(ctx, manager, input.memberOrganisationIds, 'input.memberOrganisationIds');
    fields.memberOrganisationIds = [...new Set(members.map((m) => m.id))];
  }
  if (input.enterpriseLinks != null) fields.enterpriseLinks = await enterpriseLinks(ctx, manager, input.enterpriseLinks);
  return fields;
}

async function enterpriseLinks(ctx: RequestContext, manager: EntityManager, links: readonly EnterpriseLinkInput[]) {
  const buyers = await liveOrganisations(
    ctx,
    manager,
    links.map((l) => l.buyerOrganisationId),
    'input.enterpriseLinks',
  ).catch((error: unknown) => {
    // resolveReferences names `input.enterpriseLinks[i]`; the ID is the link's buyerOrganisationId.
    if (error instanceof BadUserInputError && typeof error.extensions.field === 'string') {
      throw new BadUserInputError(error.message, `${error.extensions.field}.buyerOrganisationId`, String(error.extensions.reason));
    }
    throw error;
  });
  return links.map((link, i) => {
    if (!BUYER_KINDS.includes(buyers[i].kind)) {
      throw new BadUserInputError('A buyer is an ENTERPRISE or a COOPERATIVE', `input.enterpriseLinks[${i}].buyerOrganisationId`, 'NOT_A_BUYER');
    }
    return { buyerOrganisationId: buyers[i].id, contractReference: requiredText(link.contractReference, `input.enterpriseLinks[${i}].contractReference`, 200) };
  });
}

/** The criteria set a zone produces to: an ADOPTED set of the zone's crop. */
export async function criteriaSetOf(ctx: RequestContext, manager: EntityManager, globalId: string, crop: string): Promise<string> {
  const set = await resolveReference(ctx, manager, CRITERIA_SETS, globalId, 'input.criteriaSetId', { scope: 'ANY_VISIBLE' });
  if (set.status !== CriteriaSetStatus.ADOPTED) {
    throw new BadUserInputError(`Criteria set ${globalId} is ${set.status}; a zone produces to an ADOPTED set`, 'input.criteriaSetId', 'NOT_ADOPTED');
  }
  if (set.crop !== crop)
    throw new BadUserInputError(`Criteria set ${globalId} is for ${set.crop}, the zone grows ${crop}`, 'input.criteriaSetId', 'CROP_MISMATCH');
  return set.id;
}
