import { EntityManager } from 'typeorm';
import { lockForWrite, resolveReferences } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { optionalText, pastPlanDate } from '../../core/input/input-checks';
import { decodeGlobalId } from '../../core/relay/global-id';
import { publishRecordChanges } from '../../core/writes/record-changes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { liveOrganisation } from '../organisations';
import { assertKeyBound, PRODUCT_LOTS } from './lot-access';
import { generateLotCode } from './lot-code';
import { externalIdOf, grams, lotQuantity } from './lot-fields';
import { ProductLotEvent } from './product-lot-event.entity';
import { ProductLot } from './product-lot.entity';
import { LOT_PRODUCTS, LotEventKind, LotOrigin } from './product-lot.enums';
import { RecordLotEventInput } from './product-lot.inputs';
import { LOT_TYPE, LOT_UNIQUE_INDEXES } from './product-lot.service';

export interface LotEventResult {
  event: ProductLotEvent | null;
  userErrors: UserError[];
}

const EVENT_TYPE = 'ProductLotEvent';
/** Events that only witness the lot (who held it, where): they change nothing it holds. */
const WITNESS = new Set([LotEventKind.HARVESTED, LotEventKind.RECEIVED, LotEventKind.STORED]);
const LEAVES = new Set([LotEventKind.SHIPPED, LotEventKind.SOLD]);

const insufficient = (field: string, wanted: number, held: number) =>
  new BadUserInputError(`The lot holds ${held} kg, less than the ${wanted} kg asked for`, field, 'INSUFFICIENT_QUANTITY', { heldKg: held });

/**
 * Holds the lots' rows (in id order, so two events on the same lots cannot deadlock) and returns what
 * each holds: the sum of its events, computed in SQL under the lock, so two concurrent events can never
 * both take the same kilograms.
 */
async function lockBalances(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
  const sorted = [...new Set(ids)].sort();
  await manager.query('SELECT id FROM product_lot WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [sorted]);
  const rows: { lot_id: string; balance: string }[] = await manager.query(
    'SELECT lot_id, COALESCE(SUM(balance_change_kg), 0) AS balance FROM product_lot_event WHERE lot_id = ANY($1::uuid[]) GROUP BY lot_id',
    [sorted],
  );
  return new Map(sorted.map((id) => [id, Number(rows.find((r) => r.lot_id === id)?.balance ?? 0)]));
}

async function party(ctx: RequestContext, manager: EntityManager, input: RecordLotEventInput) {
  if (input.partyOrganisationId) {
    const organisation = await liveOrganisation(ctx, manager, input.partyOrganisationId, 'input.partyOrganisationId');
    return { partyOrganisationId: organisation.id, partyName: organisation.name };
  }
  return { partyOrganisationId: null, partyName: optionalText(input.partyName, 'input.partyName', 300) };
}

function required<T>(value: T | null | undefined, field: string, kind: LotEventKind): T {
  if (value === null || value === undefined) throw new BadUserInputError(`${field} is required for ${kind}`, field, 'REQUIRED');
  return value;
}

function forbidden(input: RecordLotEventInput, fields: (keyof RecordLotEventInput)[]): void {
  for (const name of fields) {
    const value = input[name];
    if (value !== null && value !== undefined) throw new BadUserInputError(`input.${name} does not apply to ${input.kind}`, `input.${name}`, 'NOT_APPLICABLE');
  }
}

/** A lot made from others (split or merge): it carries their origin, records and intensity. */
function childLot(manager: EntityManager, from: ProductLot, fields: Partial<ProductLot>): ProductLot {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, deletedAt: _d, code: _code, externalId: _e, ...inherited } = from;
  return manager.getRepository(ProductLot).create({ ...inherited, externalId: null, ...fields });
}

export async function recordLotEvent(ctx: RequestContext, input: RecordLotEventInput): Promise<LotEventResult> {
  assertKeyBound(ctx);
  const lotId = decodeGlobalId(input.lotId, LOT_TYPE, 'input.lotId');
  const mergeIds = (input.mergeLotIds ?? []).map((id, i) => decodeGlobalId(id, LOT_TYPE, `input.mergeLotIds[${i}]`));
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'recordLotEvent',
    entityType: EVENT_TYPE,
    input,
    uniqueIndexes: LOT_UNIQUE_INDEXES,
    replay: (manager, id) => manager.getRepository(ProductLotEvent).findOneBy({ id }),
    write: async (manager) => {
      const balances = await lockBalances(manager, [lotId, ...mergeIds]);
      const lot = await lockForWrite(ctx, manager, PRODUCT_LOTS, input.lotId, 'input.lotId');
      if (lot.deletedAt) throw new BadUserInputError('The lot was withdrawn', 'input.lotId', 'DELETED');
      const held = balances.get(lotId)!;
      const date = pastPlanDate(input.date, 'input.date');
      if (date < lot.harvestFrom) throw new BadUserInputError('An event cannot precede the harvest', 'input.date', 'BEFORE_HARVEST');
      const who = await party(ctx, manager, input);
      const lots = manager.getRepository(ProductLot);
      const events = manager.getRepository(ProductLotEvent);
      const base = { lotId, kind: input.kind, date, ...who, yieldRatio: null, relatedLotIds: [] as string[] };
      const changedLots: ProductLot[] = [];
      let event: ProductLotEvent;

      if (WITNESS.has(input.kind) || LEAVES.has(input.kind)) {
        forbidden(input, ['yieldRatio', 'outputProduct', 'targetLots', 'mergeLotIds']);
        const quantityKg = lotQuantity(required(input.quantityKg, 'input.quantityKg', input.kind), 'input.quantityKg');
        if (quantityKg > held) throw insufficient('input.quantityKg', quantityKg, held);
        const change = LEAVES.has(input.kind) ? -quantityKg : 0;
        event = await events.save(events.create({ ...base, quantityKg, balanceChangeKg: change }));
        changedLots.push(lots.merge(lot, { balanceKg: grams(held + change) }));
      } else if (input.kind === LotEventKind.PROCESSED) {
        forbidden(input, ['targetLots', 'mergeLotIds']);
        const quantityKg = lotQuantity(required(input.quantityKg, 'input.quantityKg', input.kind), 'input.quantityKg');
        const ratio = required(input.yieldRatio, 'input.yieldRatio', input.kind);
        if (!(ratio > 0 && ratio <= 1)) throw new BadUserInputError('input.yieldRatio must be more than 0 and at most 1', 'input.yieldRatio', 'OUT_OF_RANGE');
        if (quantityKg > held) throw insufficient('input.quantityKg', quantityKg, held);
        if (quantityKg < held) {
          throw new BadUserInputError(
            `Processing takes the whole lot (${held} kg): split off the part to process first`,
            'input.quantityKg',
            'PARTIAL_PROCESSING',
          );
        }
        const product = input.outputProduct ?? lot.product;
        if (LOT_PRODUCTS[product].crop !== lot.crop)
          throw new BadUserInputError(`${product} is not a product of ${lot.crop}`, 'input.outputProduct', 'WRONG_CROP');
        const output = grams(quantityKg * ratio);
        if (output <= 0) throw new BadUserInputError('Processing would leave less than 1 g', 'input.yieldRatio', 'OUT_OF_RANGE');
        event = await events.save(events.create({ ...base, quantityKg, yieldRatio: ratio, balanceChangeKg: grams(output - quantityKg) }));
        // The same emissions now sit in less product: the intensity per kg of what the lot holds grows by 1 ÷ ratio.
        const intensity = lot.intensityKgCo2ePerKg === null ? null : Math.round((lot.intensityKgCo2ePerKg / ratio) * 1e6) / 1e6;
        const method =
          lot.intensityMethod === null ? null : `${lot.intensityMethod}; processed ${lot.product} → ${product} at yield ratio ${ratio} (intensity ÷ ${ratio})`;
        changedLots.push(lots.merge(lot, { balanceKg: output, product, intensityKgCo2ePerKg: intensity, intensityMethod: method }));
      } else if (input.kind === LotEventKind.SPLIT) {
        forbidden(input, ['quantityKg', 'yieldRatio', 'outputProduct', 'mergeLotIds']);
        const targets = required(input.targetLots, 'input.targetLots', input.kind);
        if (targets.length === 0) throw new BadUserInputError('A split makes at least one new lot', 'input.targetLots', 'REQUIRED');
        const parts = targets.map((t, i) => ({
          quantityKg: lotQuantity(t.quantityKg, `input.targetLots[${i}].quantityKg`),
          externalId: externalIdOf(t.externalId, `input.targetLots[${i}].externalId`),
        }));
        const total = grams(parts.reduce((sum, p) => sum + p.quantityKg, 0));
        if (total > held) throw insufficient('input.targetLots', total, held);
        const unitCode = await unitCodeOf(manager, lot.administrativeUnitId);
        const children = await lots.save(
          parts.map((p) =>
            childLot(manager, lot, {
              code: generateLotCode(unitCode, lot.harvestYear),
              externalId: p.externalId,
              origin: LotOrigin.SPLIT,
              parentLotIds: [lot.id],
              quantityKg: p.quantityKg,
              balanceKg: p.quantityKg,
              emissionsCo2eKg: lot.intensityKgCo2ePerKg === null ? null : grams(lot.intensityKgCo2ePerKg * p.quantityKg),
            }),
          ),
        );
        event = await events.save(events.create({ ...base, quantityKg: total, balanceChangeKg: -total, relatedLotIds: children.map((c) => c.id) }));
        await events.save(
          children.map((c) => events.create({ ...base, lotId: c.id, quantityKg: c.quantityKg, balanceChangeKg: c.quantityKg, relatedLotIds: [lot.id] })),
        );
        changedLots.push(lots.merge(lot, { balanceKg: grams(held - total) }), ...children);
      } else {
        forbidden(input, ['quantityKg', 'yieldRatio', 'outputProduct', 'targetLots']);
        if (mergeIds.length === 0) throw new BadUserInputError('A merge names the other lots', 'input.mergeLotIds', 'REQUIRED');
        if (mergeIds.includes(lotId) || new Set(mergeIds).size !== mergeIds.length) {
          throw new BadUserInputError('Each lot is merged once', 'input.mergeLotIds', 'DUPLICATE');
        }
        const others = await resolveReferences(ctx, manager, PRODUCT_LOTS, input.mergeLotIds!, 'input.mergeLotIds', { scope: 'WRITABLE_UNIT' });
        others.forEach((other, i) => {
          const field = `input.mergeLotIds[${i}]`;
          if (other.administrativeUnitId !== lot.administrativeUnitId) throw new BadUserInputError('Only lots of one commune merge', field, 'OTHER_UNIT');
          if (other.product !== lot.product || other.factorSetCode !== lot.factorSetCode || other.gwpSet !== lot.gwpSet) {
            throw new BadUserInputError('Only lots of the same product, computed with the same factor and GWP sets, merge', field, 'INCOMPATIBLE_LOTS');
          }
        });
        const all = [lot, ...others];
        all.forEach((l, i) => {
          if (balances.get(l.id)! <= 0)
            throw new BadUserInputError(`Lot ${l.code} is empty`, i === 0 ? 'input.lotId' : `input.mergeLotIds[${i - 1}]`, 'INSUFFICIENT_QUANTITY');
        });
        const total = grams(all.reduce((sum, l) => sum + balances.get(l.id)!, 0));
        const known = all.every((l) => l.intensityKgCo2ePerKg !== null);
        const emissions = known ? all.reduce((sum, l) => sum + l.intensityKgCo2ePerKg! * balances.get(l.id)!, 0) : null;
        const unitCode = await unitCodeOf(manager, lot.administrativeUnitId);
        const merged = await lots.save(
          childLot(manager, lot, {
            code: generateLotCode(unitCode, lot.harvestYear),
            origin: LotOrigin.MERGE,
            parentLotIds: all.map((l) => l.id),
            zoneId: all.every((l) => l.zoneId === lot.zoneId) ? lot.zoneId : null,
            harvestFrom: all.map((l) => l.harvestFrom).sort()[0],
            harvestTo: all.map((l) => l.harvestTo).sort()[all.length - 1],
            activityRecordIds: [...new Set(all.flatMap((l) => l.activityRecordIds))],
            quantityKg: total,
            balanceKg: total,
            emissionsCo2eKg: emissions === null ? null : grams(emissions),
            intensityKgCo2ePerKg: emissions === null ? null : Math.round((emissions / total) * 1e6) / 1e6,
            intensityMethod: emissions === null ? null : `Mass-weighted mean of the merged lots' intensities: ${all.map((l) => l.code).join(', ')}`,
          }),
        );
        const outOf = (l: ProductLot) =>
          events.create({ ...base, lotId: l.id, quantityKg: balances.get(l.id)!, balanceChangeKg: -balances.get(l.id)!, relatedLotIds: [merged.id] });
        event = await events.save(outOf(lot));
        await events.save([
          ...others.map(outOf),
          events.create({ ...base, lotId: merged.id, quantityKg: total, balanceChangeKg: total, relatedLotIds: all.map((l) => l.id) }),
        ]);
        changedLots.push(...all.map((l) => lots.merge(l, { balanceKg: 0 })), merged);
      }
      const saved = await lots.save(changedLots);
      for (const changed of saved) {
        await recordAudit(manager, ctx, {
          action: 'recordLotEvent',
          entityType: LOT_TYPE,
          entityId: changed.id,
          before: null,
          after: { ...changed, event: { ...event } },
        });
      }
      // The event is not a published type; the lots it changed or made are (a partner sees the lot's new balance and version).
      await publishRecordChanges(manager, ctx, { operation: 'recordLotEvent', entityType: LOT_TYPE, records: saved });
      return event;
    },
  });
  return { event: record, userErrors };
}

async function unitCodeOf(manager: EntityManager, unitId: string): Promise<string> {
  const [row] = await manager.query('SELECT code FROM administrative_unit WHERE id = $1', [unitId]);
  return row.code;
}
