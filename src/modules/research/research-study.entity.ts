import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SyncedEntity } from '../../core/db/synced-entity';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { Node } from '../../core/relay/node.interface';
import { Agency } from '../agencies';
import { PilotModel } from '../field-records';
import { Organisation } from '../organisations';

export enum ResearchStudyKind {
  STUDY = 'STUDY',
  SCIENCE_TECHNOLOGY_TASK = 'SCIENCE_TECHNOLOGY_TASK',
  EXPERIMENTAL_MODEL = 'EXPERIMENTAL_MODEL',
  TECHNOLOGY_APPLICATION = 'TECHNOLOGY_APPLICATION',
}

registerEnumType(ResearchStudyKind, {
  name: 'ResearchStudyKind',
  valuesConfig: {
    STUDY: { description: 'Nghiên cứu khoa học / a scientific study (task III.3)' },
    SCIENCE_TECHNOLOGY_TASK: { description: 'Nhiệm vụ khoa học và công nghệ / a science and technology task (task III.4)' },
    EXPERIMENTAL_MODEL: { description: 'Mô hình thực nghiệm / an experimental model, which may link to a pilot (task III.4)' },
    TECHNOLOGY_APPLICATION: { description: 'Ứng dụng tiến bộ kỹ thuật, công nghệ / applying a technology (task III.3)' },
  },
});

export enum ResearchStudyStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ResearchStudyStatus, {
  name: 'ResearchStudyStatus',
  valuesConfig: {
    PROPOSED: { description: 'Đề xuất: not approved yet; not counted' },
    APPROVED: { description: 'Được phê duyệt' },
    IN_PROGRESS: { description: 'Đang thực hiện' },
    COMPLETED: { description: 'Đã nghiệm thu / completed' },
    CANCELLED: { description: 'Hủy / cancelled; not counted' },
  },
});

/** VND amounts outgrow 32 bits; numeric keeps them exact. */
const vndColumn = { type: 'numeric', precision: 20, scale: 0, nullable: true, transformer: numericTransformer } as const;

/** A study, S&T task, experimental model or technology application (tasks III.3 and III.4). */
@ObjectType({
  implements: [Node, SyncedEntity],
  description: 'A study, science and technology task, experimental model or technology application (III.3, III.4).',
})
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index(['kind', 'startYear'])
@Check(`"start_year" BETWEEN 2026 AND 2035 AND "end_year" BETWEEN 2026 AND 2035 AND "end_year" >= "start_year"`)
@Check(`"budget_vnd" IS NULL OR ("budget_vnd" >= 0 AND "budget_vnd" <= 1000000000000000)`)
@Check(`"pilot_model_id" IS NULL OR "kind" = 'EXPERIMENTAL_MODEL'`)
export class ResearchStudy extends SyncedEntity {
  @Field(() => ResearchStudyKind)
  @Column({ type: 'enum', enum: ResearchStudyKind, enumName: 'research_study_kind' })
  kind: ResearchStudyKind;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** The agency that leads it (a catalogue agency, e.g. DOST). */
  @Index()
  @Column('uuid')
  leadAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id' })
  leadAgency?: Agency;

  @Field(() => Int, { description: 'First year (2026-2035).' })
  @Column({ type: 'int' })
  startYear: number;

  @Field(() => Int, { description: 'Last year (2026-2035), not before the first.' })
  @Column({ type: 'int' })
  endYear: number;

  @Field(() => Float, { nullable: true, description: 'Whole đồng (VND); a Float because amounts exceed 32-bit integers.' })
  @Column(vndColumn)
  budgetVnd: number | null;

  @Field(() => ResearchStudyStatus)
  @Column({ type: 'enum', enum: ResearchStudyStatus, enumName: 'research_study_status' })
  status: ResearchStudyStatus;

  @Field(() => String, { nullable: true, description: 'What it found or produced.' })
  @Column({ type: 'text', nullable: true })
  results: string | null;

  @Field(() => [String], { description: 'http(s) addresses of its documents (decision, report, acceptance minutes).' })
  @Column({ type: 'text', array: true, default: '{}' })
  documentUrls: string[];

  /** EXPERIMENTAL_MODEL only: the pilot model it runs on. */
  @Column({ type: 'uuid', nullable: true })
  pilotModelId: string | null;

  @ManyToOne(() => PilotModel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pilot_model_id' })
  pilotModel?: PilotModel;

  /** The organisation that leads the work (a research institute, a cooperative), beside the lead agency. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  leadOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id' })
  leadOrganisation?: Organisation;
}
