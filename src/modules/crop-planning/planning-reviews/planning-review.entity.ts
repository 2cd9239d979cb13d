import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Node } from '../../../core/relay/node.interface';
import { RegisterRecord } from '../../field-records';

/** The kinds of plan task II.1 names. */
export enum ReviewedPlanKind {
  AGRICULTURE_DEVELOPMENT = 'AGRICULTURE_DEVELOPMENT',
  CROP_LAND = 'CROP_LAND',
  ENVIRONMENTAL_PROTECTION = 'ENVIRONMENTAL_PROTECTION',
  OTHER = 'OTHER',
}

export enum ReviewedPlanLevel {
  PROVINCIAL = 'PROVINCIAL',
  COMMUNE = 'COMMUNE',
}

registerEnumType(ReviewedPlanKind, {
  name: 'ReviewedPlanKind',
  valuesConfig: {
    AGRICULTURE_DEVELOPMENT: { description: 'Quy hoạch phát triển nông nghiệp / agricultural development plan' },
    CROP_LAND: { description: 'Quy hoạch đất trồng trọt / crop land plan' },
    ENVIRONMENTAL_PROTECTION: { description: 'Quy hoạch bảo vệ môi trường / environmental protection plan' },
    OTHER: { description: 'Khác / another plan' },
  },
});

registerEnumType(ReviewedPlanLevel, {
  name: 'ReviewedPlanLevel',
  valuesConfig: {
    PROVINCIAL: { description: 'Cấp tỉnh / a provincial plan, reviewed province-wide' },
    COMMUNE: { description: "Cấp xã, phường / a commune's or ward's plan" },
  },
});

/** Task II.1: a review of an existing plan to integrate emission cuts, and the decision that followed. */
@ObjectType({
  implements: [Node, SyncedEntity],
  description: 'A review of an agricultural, crop land or environmental plan to integrate emission cuts (task II.1).',
})
@Entity()
@Index(['administrativeUnitId', 'reviewedOn'])
@Check(`"decision_number" IS NULL OR "decision_date" IS NOT NULL`)
@Check(`"decision_date" IS NULL OR "decision_date" >= "reviewed_on"`)
export class PlanningReview extends RegisterRecord {
  @Field({ description: 'Title of the plan reviewed.' })
  @Column({ type: 'text' })
  planTitle: string;

  @Field(() => ReviewedPlanKind)
  @Column({ type: 'enum', enum: ReviewedPlanKind, enumName: 'reviewed_plan_kind' })
  planKind: ReviewedPlanKind;

  @Field(() => ReviewedPlanLevel)
  @Column({ type: 'enum', enum: ReviewedPlanLevel, enumName: 'reviewed_plan_level' })
  planLevel: ReviewedPlanLevel;

  @Field(() => String, { nullable: true, description: 'The act that adopted the plan, e.g. "Quyết định số 1747/QĐ-TTg".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  planReference: string | null;

  @Field({ description: 'YYYY-MM-DD: when the review was concluded.' })
  @Column({ type: 'date' })
  reviewedOn: string;

  @Field({ description: 'What the review found.' })
  @Column({ type: 'text' })
  findings: string;

  @Field(() => [String], { description: 'Proposals to integrate emission cuts into the plan.' })
  @Column({ type: 'text', array: true })
  proposals: string[];

  @Field(() => String, { nullable: true, description: 'Number of the decision that adjusted the plan, e.g. "Quyết định số 123/QĐ-UBND".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decisionNumber: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true, description: 'The body that decided, e.g. "UBND tỉnh Đắk Lắk".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decisionBody: string | null;
}
