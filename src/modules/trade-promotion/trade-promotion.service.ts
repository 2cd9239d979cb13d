import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { distinctList, endNotBeforeStart, optionalText, pastPlanDate, planDate, positive, requiredText, yearInPlan } from '../../core/input/input-checks';
import { DeleteRecordInput } from '../../core/input/record-inputs';
import { decodeGlobalId } from '../../core/relay/global-id';
import { PageArgs } from '../../core/relay/pagination';
import {
  RegisterFields,
  RegisterService,
  RegisterSpec,
  createRegisterRecord,
  deleteRegisterRecord,
  listRegister,
  provinceUnit,
  updateRegisterRecord,
} from '../field-records';
import { cropCode, cropCodes, liveOrganisation, liveOrganisations } from '../organisations';
import { VIETNAM, countryCode } from './country-codes';
import { ExportContract } from './export-contract.entity';
import { EXPORT_CONTRACTS, TRADE_PROMOTION_EVENTS, TRADE_TASK, assertLeadOfTask } from './trade-promotion-access';
import { TradePromotionEvent } from './trade-promotion-event.entity';
import { ExportContractStatus, TradeEventScope } from './trade-promotion.enums';
import {
  CreateExportContractInput,
  CreateTradePromotionEventInput,
  ExportContractFilter,
  TradePromotionEventFilter,
  UpdateExportContractInput,
  UpdateTradePromotionEventInput,
} from './trade-promotion.inputs';
import { usdToCents } from './usd';

const EVENT_SPEC: RegisterSpec<TradePromotionEvent> = { type: 'TradePromotionEvent', rule: TRADE_PROMOTION_EVENTS, taskCode: TRADE_TASK };
const CONTRACT_SPEC: RegisterSpec<ExportContract> = { type: 'ExportContract', rule: EXPORT_CONTRACTS, taskCode: TRADE_TASK };
const MAX_ITEMS = 200;
const MAX_PRODUCTS = 50;
const LOT_CODE = /^[A-Z0-9][A-Z0-9._-]{2,63}$/;

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function products(codes: readonly string[], field: string): string[] {
  if (codes.length > MAX_PRODUCTS) throw new BadUserInputError(`${field} takes at most ${MAX_PRODUCTS} products`, field, 'TOO_MANY');
  return cropCodes(codes, field);
}

async function organisations(ctx: RequestContext, ids: readonly string[], field: string): Promise<string[]> {
  if (ids.length > MAX_ITEMS) throw new BadUserInputError(`${field} takes at most ${MAX_ITEMS} organisations`, field, 'TOO_MANY');
  return [...new Set((await liveOrganisations(ctx, ctx.dataSource, distinctList(ids, field), field)).map((o) => o.id))];
}

function eventFields(input: Partial<CreateTradePromotionEventInput> | UpdateTradePromotionEventInput): RegisterFields<TradePromotionEvent> {
  return {
    name: input.name != null ? requiredText(input.name, 'input.name', 500) : undefined,
    kind: input.kind ?? undefined,
    scope: input.scope ?? undefined,
    countryCode: input.countryCode != null ? countryCode(input.countryCode, 'input.countryCode') : undefined,
    location: input.location === undefined ? undefined : optionalText(input.location, 'input.location', 500),
    startDate: input.startDate != null ? planDate(input.startDate, 'input.startDate') : undefined,
    endDate: input.endDate != null ? planDate(input.endDate, 'input.endDate') : undefined,
    productCodes: input.productCodes != null ? products(input.productCodes, 'input.productCodes') : undefined,
    note: input.note === undefined ? undefined : optionalText(input.note, 'input.note', 10_000),
  };
}

function checkEvent(event: RegisterFields<TradePromotionEvent>): void {
  endNotBeforeStart(event.startDate!, event.endDate!, 'input.endDate');
  if ((event.scope === TradeEventScope.DOMESTIC) !== (event.countryCode === VIETNAM)) {
    throw new BadUserInputError('A DOMESTIC event is held in VN, an INTERNATIONAL one elsewhere', 'input.countryCode', 'SCOPE_COUNTRY_MISMATCH');
  }
}

export const tradePromotionEventService: RegisterService<
  TradePromotionEvent,
  CreateTradePromotionEventInput,
  UpdateTradePromotionEventInput,
  TradePromotionEventFilter
> = {
  async create(ctx, input) {
    await assertLeadOfTask(ctx, TRADE_TASK);
    const province = await provinceUnit(ctx.dataSource, null, 'input');
    return createRegisterRecord(ctx, EVENT_SPEC, input, { ...province, field: 'input' }, async () => {
      const fields = {
        location: null,
        note: null,
        productCodes: [],
        ...withoutUndefined(eventFields(input)),
        administrativeUnitId: province.id,
        organisationIds: await organisations(ctx, input.organisationIds ?? [], 'input.organisationIds'),
      };
      checkEvent(fields);
      return fields;
    });
  },
  async update(ctx, input) {
    await assertLeadOfTask(ctx, TRADE_TASK);
    const changes = eventFields(input);
    if (input.organisationIds != null) changes.organisationIds = await organisations(ctx, input.organisationIds, 'input.organisationIds');
    return updateRegisterRecord(ctx, EVENT_SPEC, input, changes, async (_manager, merged) => checkEvent(merged));
  },
  async delete(ctx: RequestContext, input: DeleteRecordInput) {
    await assertLeadOfTask(ctx, TRADE_TASK);
    return deleteRegisterRecord(ctx, EVENT_SPEC, input);
  },
  list: (ctx: RequestContext, page: PageArgs, filter: TradePromotionEventFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, TradePromotionEvent, page, null, updatedSince, (query) => {
      if (filter?.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
      if (filter?.scope) query.andWhere('r.scope = :scope', { scope: filter.scope });
      if (filter?.countryCode) query.andWhere('r.country_code = :country', { country: countryCode(filter.countryCode, 'filter.countryCode') });
      if (filter?.year != null) {
        query.andWhere('EXTRACT(YEAR FROM r.start_date) <= :year AND EXTRACT(YEAR FROM r.end_date) >= :year', { year: filter.year });
      }
      if (filter?.organisationId) {
        query.andWhere(':org = ANY(r.organisation_ids)', { org: decodeGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') });
      }
      if (filter?.productCode) query.andWhere(':product = ANY(r.product_codes)', { product: cropCode(filter.productCode, 'filter.productCode') });
    }),
};

function lotCodes(codes: readonly string[], field: string): string[] {
  if (codes.length > MAX_ITEMS) throw new BadUserInputError(`${field} takes at most ${MAX_ITEMS} lot codes`, field, 'TOO_MANY');
  return [
    ...new Set(
      codes.map((raw, i) => {
        const code = raw.trim().toUpperCase();
        if (!LOT_CODE.test(code))
          throw new BadUserInputError(`${field}[${i}] is not a lot code (3-64 letters, digits, . _ -)`, `${field}[${i}]`, 'INVALID_LOT_CODE');
        return code;
      }),
    ),
  ];
}

function contractFields(input: Partial<CreateExportContractInput> | UpdateExportContractInput): RegisterFields<ExportContract> {
  return {
    reference: input.reference === undefined ? undefined : optionalText(input.reference, 'input.reference', 200),
    buyerCountryCode: input.buyerCountryCode != null ? countryCode(input.buyerCountryCode, 'input.buyerCountryCode') : undefined,
    productCode: input.productCode != null ? cropCode(input.productCode, 'input.productCode') : undefined,
    volumeTonnes: input.volumeTonnes != null ? positive(input.volumeTonnes, 'input.volumeTonnes') : undefined,
    valueUsdCents: input.valueUsd != null ? usdToCents(input.valueUsd, 'input.valueUsd') : undefined,
    claimedLotCodes: input.claimedLotCodes != null ? lotCodes(input.claimedLotCodes, 'input.claimedLotCodes') : undefined,
    claimedCertificationId:
      input.claimedCertificationId === undefined
        ? undefined
        : input.claimedCertificationId && decodeGlobalId(input.claimedCertificationId, 'Certification', 'input.claimedCertificationId'),
    signedDate: input.signedDate === undefined ? undefined : input.signedDate && pastPlanDate(input.signedDate, 'input.signedDate'),
    status: input.status ?? undefined,
    note: input.note === undefined ? undefined : optionalText(input.note, 'input.note', 10_000),
  };
}

function checkContract(contract: RegisterFields<ExportContract>): void {
  if (contract.buyerCountryCode === VIETNAM) throw new BadUserInputError('An export buyer is abroad: not VN', 'input.buyerCountryCode', 'DOMESTIC_BUYER');
  if (contract.status !== ExportContractStatus.DRAFT && !contract.signedDate) {
    throw new BadUserInputError(`A ${contract.status} contract needs its signedDate`, 'input.signedDate', 'REQUIRED');
  }
}

export const exportContractService: RegisterService<ExportContract, CreateExportContractInput, UpdateExportContractInput, ExportContractFilter> = {
  async create(ctx, input) {
    await assertLeadOfTask(ctx, TRADE_TASK);
    const organisation = await liveOrganisation(ctx, ctx.dataSource, input.organisationId, 'input.organisationId');
    const unit = { id: organisation.administrativeUnitId, name: organisation.name, field: 'input.organisationId' };
    return createRegisterRecord(ctx, CONTRACT_SPEC, input, unit, async () => {
      const fields = {
        reference: null,
        claimedLotCodes: [],
        claimedCertificationId: null,
        signedDate: null,
        note: null,
        status: ExportContractStatus.DRAFT,
        ...withoutUndefined(contractFields(input)),
        organisationId: organisation.id,
        administrativeUnitId: organisation.administrativeUnitId,
      };
      checkContract(fields);
      return fields;
    });
  },
  async update(ctx, input) {
    await assertLeadOfTask(ctx, TRADE_TASK);
    return updateRegisterRecord(ctx, CONTRACT_SPEC, input, contractFields(input), async (_manager: EntityManager, merged) => checkContract(merged));
  },
  async delete(ctx: RequestContext, input: DeleteRecordInput) {
    await assertLeadOfTask(ctx, TRADE_TASK);
    return deleteRegisterRecord(ctx, CONTRACT_SPEC, input);
  },
  list: (ctx: RequestContext, page: PageArgs, filter: ExportContractFilter | null | undefined, updatedSince: Date | null | undefined) =>
    listRegister(ctx, ExportContract, page, filter, updatedSince, (query) => {
      if (filter?.organisationId) {
        query.andWhere('r.organisation_id = :org', { org: decodeGlobalId(filter.organisationId, 'Organisation', 'filter.organisationId') });
      }
      if (filter?.buyerCountryCode) {
        query.andWhere('r.buyer_country_code = :country', { country: countryCode(filter.buyerCountryCode, 'filter.buyerCountryCode') });
      }
      if (filter?.productCode) query.andWhere('r.product_code = :product', { product: cropCode(filter.productCode, 'filter.productCode') });
      if (filter?.status) query.andWhere('r.status = :status', { status: filter.status });
      if (filter?.year != null) query.andWhere('EXTRACT(YEAR FROM r.signed_date) = :year', { year: yearInPlan(filter.year, 'filter.year') });
      if (filter?.lowEmissionClaim != null) {
        const claimed = `(cardinality(r.claimed_lot_codes) > 0 OR r.claimed_certification_id IS NOT NULL)`;
        query.andWhere(filter.lowEmissionClaim ? claimed : `NOT ${claimed}`);
      }
    }),
};
