import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context';
import { ActivityRecord, GwpSetCode, calculateRecords, resolveFactorSetCode } from '../emissions';
import { IntensityBasis } from './product-lot.enums';

export interface LotIntensity {
  emissionsCo2eKg: number;
  intensityKgCo2ePerKg: number;
  intensityBasis: IntensityBasis;
  intensityMethod: string;
  factorSetCode: string;
  gwpSet: GwpSetCode;
}

/** Dak Lak's climate class for the engine (tropical moist, see the emissions module). */
const CLIMATE_ZONE = 'TROPICAL_MOIST' as const;
const KG_PER_TONNE = 1000;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The lot's emission intensity, computed by the emission engine from its linked ACTUAL records:
 * when every record states its harvested product (yieldTonnes), the records' net emissions ÷ their
 * product, and the lot carries its share (intensity × quantity); otherwise the records' net
 * emissions ÷ the lot's quantity (the whole of the records' emissions is the lot's). The method
 * text says which.
 */
export async function lotIntensity(
  ctx: RequestContext,
  manager: EntityManager,
  records: readonly ActivityRecord[],
  quantityKg: number,
  factorSetCode: string,
  gwpSet: GwpSetCode,
  field: string,
): Promise<LotIntensity> {
  // Read in the write's own transaction: a second pooled connection per write could starve the pool under load.
  const factorSet = await resolveFactorSetCode(manager, factorSetCode, field);
  const result = await calculateRecords(ctx, { factorSet, gwpSet, climateZone: CLIMATE_ZONE }, [...records]);
  const net = result.intensities.reduce((sum, i) => sum + i.netCo2eKg, 0);
  const yieldKg = records.every((r) => (r.activity.yieldTonnes ?? 0) > 0)
    ? records.reduce((sum, r) => sum + (r.activity.yieldTonnes ?? 0) * KG_PER_TONNE, 0)
    : null;
  const basis = yieldKg !== null ? IntensityBasis.RECORD_YIELD : IntensityBasis.LOT_QUANTITY;
  const intensity = yieldKg !== null ? net / yieldKg : net / quantityKg;
  const how =
    basis === IntensityBasis.RECORD_YIELD
      ? `net emissions of the ${records.length} linked ACTUAL record(s) ÷ their harvested product (${round(yieldKg!, 3)} kg); the lot carries intensity × its quantity`
      : `net emissions of the ${records.length} linked ACTUAL record(s) ÷ the lot's quantity (${quantityKg} kg), as a record's harvested product is unknown`;
  return {
    emissionsCo2eKg: round(basis === IntensityBasis.RECORD_YIELD ? intensity * quantityKg : net, 3),
    intensityKgCo2ePerKg: round(intensity, 6),
    intensityBasis: basis,
    intensityMethod: `${result.method}, climate ${CLIMATE_ZONE}; intensity = ${how}`,
    factorSetCode: factorSet.code,
    gwpSet,
  };
}
