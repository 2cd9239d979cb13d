import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CriteriaMetric, CriteriaSet } from '../../criteria-sets';
import { LowEmissionPractice } from '../../field-records';

export enum CriterionOutcome {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  NO_DATA = 'NO_DATA',
}

registerEnumType(CriterionOutcome, {
  name: 'CriterionOutcome',
  valuesConfig: {
    MET: { description: 'Đạt / the records meet it' },
    NOT_MET: { description: 'Không đạt / the records fall short of it' },
    NO_DATA: { description: 'Chưa có số liệu / no records to judge it by' },
  },
});

@ObjectType({ description: 'One criterion of the adopted set, judged from records.' })
export class CriterionCheck {
  @Field(() => LowEmissionPractice, { nullable: true, description: 'A required practice (or a threshold: see metric).' })
  practice: LowEmissionPractice | null;

  @Field(() => CriteriaMetric, { nullable: true, description: 'A numeric threshold (or a practice: see practice).' })
  metric: CriteriaMetric | null;

  @Field(() => CriterionOutcome)
  outcome: CriterionOutcome;

  @Field(() => Float, { nullable: true, description: 'The threshold of the criteria set.' })
  threshold: number | null;

  @Field(() => Float, { nullable: true, description: 'The value observed in the records.' })
  observed: number | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Int, { description: 'Records the observed value was computed from.' })
  recordsCounted: number;

  @Field(() => [ID], { description: 'Global IDs of the records counted (activity records, pilots; lots by their code in evidenceCodes).' })
  evidenceIds: string[];

  @Field(() => [String], { description: 'Codes of product lots or pilots counted.' })
  evidenceCodes: string[];

  @Field({ description: 'How the figure was obtained, or why there is none.' })
  explanation: string;
}

@ObjectType({ description: 'Whether a holder qualifies for the low-emission label for a crop, criterion by criterion.' })
export class LabelEligibility {
  @Field(() => ID)
  holderId: string;

  @Field()
  crop: string;

  @Field({ description: 'True when every criterion of the adopted set is MET.' })
  eligible: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'NO_ADOPTED_CRITERIA_SET, NO_CRITERIA (the adopted set lists none), CRITERIA_NOT_MET or MISSING_DATA when not eligible.',
  })
  reason: string | null;

  @Field(() => CriteriaSet, { nullable: true, description: 'The adopted criteria set of the crop.' })
  criteriaSet: CriteriaSet | null;

  @Field(() => Int, { nullable: true, description: 'The year of the ACTUAL activity records read (the latest with records).' })
  recordsYear: number | null;

  @Field(() => [CriterionCheck])
  criteria: CriterionCheck[];
}
