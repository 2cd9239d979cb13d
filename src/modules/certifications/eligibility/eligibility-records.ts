import { EntityManager } from 'typeorm';
import { vietnamDate } from '../../../core/input/input-checks';
import { toGlobalId } from '../../../core/relay/global-id';
import { ActivityRecord, Scenario } from '../../emissions';
import { PilotModel } from '../../field-records';
import { Holder, holderUnitIds } from '../certification-holder';
import { LotIntensitySource } from '../ports';
import { HolderEvidence } from './eligibility-judge';

/** Pilots that show a practice in use: under way or completed. */
const PRACTISING = ['ACTIVE', 'COMPLETED'];
const RECENT_DAYS = 365;

/**
 * The holder's pilots of the crop: an organisation's are those it hosts; a zone's are those hosted by
 * its member organisations or run in its communes.
 */
async function pilotsOf(manager: EntityManager, holder: Holder, crop: string): Promise<HolderEvidence['pilots']> {
  const query = manager
    .getRepository(PilotModel)
    .createQueryBuilder('p')
    .where('p.deleted_at IS NULL AND p.crop = :crop AND p.status IN (:...practising)', { crop, practising: PRACTISING });
  if (holder.organisation) query.andWhere('p.host_organisation_id = :organisationId', { organisationId: holder.organisation.id });
  else {
    query.andWhere('(p.host_organisation_id = ANY(CAST(:members AS uuid[])) OR p.administrative_unit_id = ANY(CAST(:units AS uuid[])))', {
      members: holder.zone!.memberOrganisationIds,
      units: holder.zone!.administrativeUnitIds,
    });
  }
  const pilots = await query.orderBy('p.code').getMany();
  return pilots.map((p) => ({ globalId: toGlobalId('PilotModel', p.id), code: p.code, practices: p.practices }));
}

/**
 * Synthetic N per hectare in the latest year with ACTUAL records of the crop in the holder's communes
 * (activity records are kept per commune, not per producer). A record with a synthetic fertiliser whose
 * N fraction is not stated is left out and named: the default fractions are factors of a factor set,
 * which this check does not pin.
 */
async function nitrogenOf(manager: EntityManager, holder: Holder, crop: string): Promise<{ year: number | null; nitrogen: HolderEvidence['nitrogen'] }> {
  const records = await manager
    .getRepository(ActivityRecord)
    .createQueryBuilder('r')
    .where('r.deleted_at IS NULL AND r.scenario = :actual AND r.crop_code = :crop AND r.administrative_unit_id = ANY(CAST(:units AS uuid[]))', {
      actual: Scenario.ACTUAL,
      crop,
      units: holderUnitIds(holder),
    })
    .andWhere(
      `r.year = (SELECT max(y.year) FROM activity_record y WHERE y.deleted_at IS NULL AND y.scenario = :actual AND y.crop_code = :crop
                 AND y.administrative_unit_id = ANY(CAST(:units AS uuid[])))`,
    )
    .orderBy('r.external_id')
    .getMany();
  let nKg = 0;
  let areaHa = 0;
  const counted: string[] = [];
  const skipped: string[] = [];
  for (const record of records) {
    const fertilisers = record.activity.syntheticFertilizers ?? [];
    const id = toGlobalId('ActivityRecord', record.id);
    if (fertilisers.some((f) => f.productKg > 0 && f.nitrogenFraction == null)) {
      skipped.push(id);
      continue;
    }
    nKg += fertilisers.reduce((sum, f) => sum + f.productKg * (f.nitrogenFraction ?? 0), 0);
    areaHa += record.areaHa;
    counted.push(id);
  }
  const kgPerHa = areaHa > 0 ? Math.round((nKg / areaHa) * 1000) / 1000 : null;
  return { year: records[0]?.year ?? null, nitrogen: { kgPerHa, counted, skipped } };
}

export async function holderEvidence(
  manager: EntityManager,
  holder: Holder,
  crop: string,
  lots: LotIntensitySource | null,
): Promise<{ evidence: HolderEvidence; recordsYear: number | null }> {
  const since = vietnamDate(new Date(Date.now() - RECENT_DAYS * 86_400_000));
  const [pilots, { year, nitrogen }, recentLots] = await Promise.all([
    pilotsOf(manager, holder, crop),
    nitrogenOf(manager, holder, crop),
    lots ? lots.recentLots(manager, { organisationId: holder.organisation?.id ?? null, productionZoneId: holder.zone?.id ?? null }, crop, since) : null,
  ]);
  return { evidence: { pilots, nitrogen, lots: recentLots }, recordsYear: year };
}
