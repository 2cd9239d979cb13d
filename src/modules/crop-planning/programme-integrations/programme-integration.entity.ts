import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Node } from '../../../core/relay/node.interface';
import { RegisterRecord } from '../../field-records';
import { Agency } from '../../agencies';
import { CriteriaSet } from '../../criteria-sets';

export enum ProgrammeIntegrationStatus {
  PLANNED = 'PLANNED',
  INTEGRATED = 'INTEGRATED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ProgrammeIntegrationStatus, {
  name: 'ProgrammeIntegrationStatus',
  valuesConfig: {
    PLANNED: { description: 'Dự kiến lồng ghép / integration planned' },
    INTEGRATED: { description: 'Đã lồng ghép, đang thực hiện / criteria integrated, programme running' },
    COMPLETED: { description: 'Chương trình kết thúc / programme completed' },
    CANCELLED: { description: 'Hủy bỏ / cancelled' },
  },
});

/** Task II.3: the "low emission" criteria written into a provincial agricultural programme or project. */
@ObjectType({
  implements: [Node, SyncedEntity],
  description: 'Low-emission criteria integrated into a provincial agricultural programme or project (task II.3).',
})
@Entity()
@Index('UQ_programme_integration_live_code', ['programmeCode'], { unique: true, where: '"deleted_at" IS NULL AND "programme_code" IS NOT NULL' })
@Check(`"start_year" BETWEEN 2026 AND 2035 AND "end_year" BETWEEN 2026 AND 2035 AND "end_year" >= "start_year"`)
export class ProgrammeIntegration extends RegisterRecord {
  @Field({ description: 'Name of the programme or project.' })
  @Column({ type: 'text' })
  programmeName: string;

  @Field(() => String, { nullable: true, description: 'Its code or decision reference, unique among live records.' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  programmeCode: string | null;

  @Column('uuid')
  ownerAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_agency_id' })
  ownerAgency?: Agency;

  @Field(() => [String], { description: 'The low-emission criteria applied to it, as items (beside the criteria set, when one is named).' })
  @Column({ type: 'text', array: true })
  criteria: string[];

  @Field(() => Int)
  @Column({ type: 'int' })
  startYear: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  endYear: number;

  @Field(() => ProgrammeIntegrationStatus)
  @Column({ type: 'enum', enum: ProgrammeIntegrationStatus, enumName: 'programme_integration_status' })
  status: ProgrammeIntegrationStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The adopted low-emission criteria set (III.2) the programme applies, when one is named. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  criteriaSetId: string | null;

  @ManyToOne(() => CriteriaSet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criteria_set_id' })
  criteriaSet?: CriteriaSet;
}
