import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Node } from '../../../core/relay/node.interface';

/** The two kinds of report task VIII.1 asks the plan's standing office for. */
export enum PlanReportKind {
  ANNUAL_IMPLEMENTATION = 'ANNUAL_IMPLEMENTATION',
  PHASE_REVIEW = 'PHASE_REVIEW',
}

registerEnumType(PlanReportKind, {
  name: 'PlanReportKind',
  valuesConfig: {
    ANNUAL_IMPLEMENTATION: { description: 'Báo cáo kết quả thực hiện Đề án hàng năm / annual implementation report (one per year)' },
    PHASE_REVIEW: { description: 'Báo cáo tổng kết giai đoạn / phase review report (phase 1: 2026-2030, phase 2: 2031-2035)' },
  },
});

/**
 * A plan report (task VIII.1) the province approved: which report, the approving decision, and the
 * SHA-256 of the approved file, so the figures signed can be matched to the file kept. The targets
 * ANNUAL_IMPLEMENTATION_REPORTS and PHASE_REVIEW_REPORTS count these records.
 */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A plan report (task VIII.1) approved by the province, with its decision and file hash.' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
// One live approval per report: a corrected approval replaces the record (delete, then record again).
@Index('UQ_plan_report_approval_annual', ['year'], { unique: true, where: `"kind" = 'ANNUAL_IMPLEMENTATION' AND "deleted_at" IS NULL` })
@Index('UQ_plan_report_approval_phase', ['phase'], { unique: true, where: `"kind" = 'PHASE_REVIEW' AND "deleted_at" IS NULL` })
@Check(
  `("kind" = 'ANNUAL_IMPLEMENTATION' AND "year" BETWEEN 2026 AND 2035 AND "phase" IS NULL) OR ("kind" = 'PHASE_REVIEW' AND "phase" IN (1, 2) AND "year" IS NULL)`,
)
@Check(`"file_sha256" ~ '^[0-9a-f]{64}$'`)
export class PlanReportApproval extends SyncedEntity {
  @Field(() => PlanReportKind)
  @Column({ type: 'enum', enum: PlanReportKind, enumName: 'plan_report_kind' })
  kind: PlanReportKind;

  @Field(() => Int, { nullable: true, description: 'ANNUAL_IMPLEMENTATION: the year reported on (2026-2035).' })
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Field(() => Int, { nullable: true, description: 'PHASE_REVIEW: the phase reviewed, 1 (2026-2030) or 2 (2031-2035).' })
  @Column({ type: 'int', nullable: true })
  phase: number | null;

  @Field({ description: 'Number of the approving decision, e.g. 123/QĐ-UBND.' })
  @Column({ type: 'varchar', length: 100 })
  decisionNumber: string;

  @Field({ description: 'YYYY-MM-DD: the day the decision was signed.' })
  @Column({ type: 'date' })
  decisionDate: string;

  @Field({ description: 'The body that approved it, e.g. Ủy ban nhân dân tỉnh Đắk Lắk.' })
  @Column({ type: 'varchar', length: 300 })
  decisionBody: string;

  @Field({ description: 'SHA-256 of the approved report file, 64 lower-case hexadecimal digits.' })
  @Column({ type: 'char', length: 64 })
  fileSha256: string;

  @Field(() => String, { nullable: true, description: 'Where the approved file can be read (http or https).' })
  @Column({ type: 'text', nullable: true })
  fileUrl: string | null;
}

/** The phases of the plan, by number. */
export const PLAN_PHASES: Record<number, { from: number; to: number }> = { 1: { from: 2026, to: 2030 }, 2: { from: 2031, to: 2035 } };
