import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { CalculationResult, ClimateZone, EngineInputError, GwpSetCode, ResolvedFactorSet, defaultActivityDataUncertainty } from '../engine';
import { runCalculation } from '../run-calculation';
import { ActivityRecord } from './activity-record.entity';

export interface RecordCalculationSettings {
  factorSet: ResolvedFactorSet;
  gwpSet: GwpSetCode;
  climateZone: ClimateZone;
  region?: string | null;
  year?: number | null;
}

/** A stored record the engine refuses under these settings (e.g. IPCC2006 rice without measured days). */
export class RecordNotCalculableError extends BadUserInputError {}

/**
 * Runs the engine over stored records, in chunks and only while the client waits; `lines[].activityIndex`
 * is the index in `records`. A record the engine refuses is named by its externalId
 * (`records[r-17].activity.rice.cultivationDays`).
 */
export async function calculateRecords(
  ctx: Pick<RequestContext, 'signal' | 'logger'>,
  settings: RecordCalculationSettings,
  records: ActivityRecord[],
): Promise<CalculationResult> {
  try {
    // A record without its own activity-data uncertainty takes its source's documented default.
    // The record's season selects a seasonal rice EF_c where the set has one (VN_TIER2_2026).
    const activities = records.map((r) => ({
      ...r.activity,
      season: r.season,
      activityDataUncertaintyPct: r.activityDataUncertaintyPct ?? defaultActivityDataUncertainty(r.source).pct,
    }));
    return await runCalculation(ctx, { ...settings, activities });
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    const issues = error.issues.map((issue) => {
      const match = /^activities\[(\d+)\]\.?(.*)$/.exec(issue.path);
      const record = match ? records[Number(match[1])] : undefined;
      return { ...issue, path: record ? `records[${record.externalId}].activity${match![2] ? `.${match![2]}` : ''}` : `input.${issue.path}` };
    });
    throw new RecordNotCalculableError(
      `An activity record cannot be calculated with ${settings.factorSet.code}: ${issues[0].message}`,
      'input.factorSet',
      'RECORD_NOT_CALCULABLE',
      { issues },
    );
  }
}
