import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../../core/db/numeric-transformer';
import { toGlobalId } from '../../../core/relay/global-id';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Organisation } from '../../organisations';
import { Task } from '../../plan';
import { CROP_DESCRIPTION } from '../shared/crops';
import { LowEmissionPractice, PilotHostKind, PilotLevel, PilotStatus } from './pilot-model.enums';

/** The emission engine's record type; links are global IDs of it. */
export const ACTIVITY_RECORD_TYPE = 'ActivityRecord';

/** Tasks IV.1 (the two provincial pilots) and IV.2 (at least one pilot in every commune or ward). */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A low-emission pilot model (tasks IV.1 and IV.2).' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('UQ_pilot_model_live_code', ['code'], { unique: true, where: '"deleted_at" IS NULL' })
@Check(`"area_ha" > 0`)
@Check(`"households" >= 0`)
// The upper bounds the API accepts (core/input/input-limits.ts), so no stored value exceeds what reads and sums expect.
@Check(`"area_ha" <= 1000000 AND "households" <= 1000000`)
@Check(`"baseline_yield_tonnes_per_ha" BETWEEN 0 AND 1000 AND "actual_yield_tonnes_per_ha" BETWEEN 0 AND 1000`)
@Check(`"end_date" IS NULL OR "end_date" >= "start_date"`)
export class PilotModel extends SyncedEntity {
  @Field({ description: 'Short unique code chosen by the recorder, e.g. "MH-CAPHE-24175".' })
  @Column({ length: 40 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => PilotLevel)
  @Column({ type: 'enum', enum: PilotLevel, enumName: 'pilot_level' })
  level: PilotLevel;

  /** The commune or ward; the province for a provincial pilot. */
  @Index()
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field({ description: CROP_DESCRIPTION })
  @Column({ length: 30 })
  crop: string;

  @Field(() => PilotHostKind)
  @Column({ type: 'enum', enum: PilotHostKind, enumName: 'pilot_host_kind' })
  hostKind: PilotHostKind;

  @Field({ description: 'Name of the hosting agency, cooperative or enterprise.' })
  @Column({ length: 300 })
  hostName: string;

  @Column({ type: 'uuid', nullable: true })
  hostAgencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_agency_id' })
  hostAgency?: Agency;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  hostOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id' })
  hostOrganisation?: Organisation;

  @Field(() => Float, { description: 'Area in hectares.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  areaHa: number;

  @Field(() => Int, { description: 'Participating households.' })
  @Column({ type: 'int' })
  households: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while open-ended.' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => PilotStatus)
  @Column({ type: 'enum', enum: PilotStatus, enumName: 'pilot_status' })
  status: PilotStatus;

  @Field(() => [LowEmissionPractice])
  @Column({ type: 'enum', enum: LowEmissionPractice, enumName: 'low_emission_practice', array: true })
  practices: LowEmissionPractice[];

  @Field(() => String, { nullable: true, description: 'What OTHER stands for.' })
  @Column({ type: 'text', nullable: true })
  otherPractices: string | null;

  @Index()
  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Field(() => String, { nullable: true, description: 'The decision that assigns the pilot, e.g. "Quyết định số 4766/QĐ-BNNMT".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  legalBasis: string | null;

  @Field(() => Float, { nullable: true, description: 'Yield before the pilot, tonnes per hectare.' })
  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true, transformer: numericTransformer })
  baselineYieldTonnesPerHa: number | null;

  @Field(() => Float, { nullable: true, description: 'Yield achieved, tonnes per hectare.' })
  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true, transformer: numericTransformer })
  actualYieldTonnesPerHa: number | null;

  /** The emission engine's BASELINE activity records of this pilot (not a foreign key: another module owns them). */
  @Column({ type: 'uuid', array: true, nullable: true })
  baselineActivityRecordIds: string[] | null;

  /** The emission engine's ACTUAL (project) activity records of this pilot. */
  @Column({ type: 'uuid', array: true, nullable: true })
  actualActivityRecordIds: string[] | null;

  @Field(() => [ID], { name: 'baselineActivityRecordIds', description: 'Global IDs of the BASELINE activity records the pilot is compared with.' })
  get baselineActivityRecordGlobalIds(): string[] {
    return (this.baselineActivityRecordIds ?? []).map((id) => toGlobalId(ACTIVITY_RECORD_TYPE, id));
  }

  @Field(() => [ID], { name: 'actualActivityRecordIds', description: 'Global IDs of the ACTUAL activity records measured on the pilot.' })
  get actualActivityRecordGlobalIds(): string[] {
    return (this.actualActivityRecordIds ?? []).map((id) => toGlobalId(ACTIVITY_RECORD_TYPE, id));
  }
}
