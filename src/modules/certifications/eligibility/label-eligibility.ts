import { IsNull } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { CriteriaSet, CriteriaSetStatus } from '../../criteria-sets';
import { cropCode } from '../../organisations';
import { holderById } from '../certification-holder';
import { LotIntensitySource } from '../ports';
import { holderEvidence } from './eligibility-records';
import { judge } from './eligibility-judge';
import { LabelEligibility } from './eligibility.types';

/**
 * Whether a holder qualifies for LOW_EMISSION_LABEL for a crop: each criterion of the crop's ADOPTED
 * criteria set judged from the holder's records. No adopted set is an answer, not an error.
 */
export async function labelEligibility(ctx: RequestContext, holderId: string, crop: string, lots: LotIntensitySource | null): Promise<LabelEligibility> {
  const code = cropCode(crop, 'cropCode');
  const holder = await holderById(ctx, ctx.dataSource, holderId, 'holderId');
  const answer = { holderId, crop: code };
  const set = await ctx.dataSource.getRepository(CriteriaSet).findOneBy({ crop: code, status: CriteriaSetStatus.ADOPTED, deletedAt: IsNull() });
  if (!set) return { ...answer, eligible: false, reason: 'NO_ADOPTED_CRITERIA_SET', criteriaSet: null, recordsYear: null, criteria: [] };
  const { evidence, recordsYear } = await holderEvidence(ctx.dataSource.manager, holder, code, lots);
  return { ...answer, ...judge(set, evidence), criteriaSet: set, recordsYear };
}
