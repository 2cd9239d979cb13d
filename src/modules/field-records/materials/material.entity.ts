import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { AdministrativeUnit } from '../../geography';
import { Task } from '../../plan';
import { Audience, TrainingTopic } from '../shared/vocabularies';

export enum MaterialKind {
  HANDBOOK = 'HANDBOOK',
  LEAFLET = 'LEAFLET',
  INFOGRAPHIC = 'INFOGRAPHIC',
  VIDEO = 'VIDEO',
  OTHER = 'OTHER',
}

registerEnumType(MaterialKind, {
  name: 'MaterialKind',
  valuesConfig: {
    HANDBOOK: { description: 'Sổ tay / handbook' },
    LEAFLET: { description: 'Tờ rơi / leaflet' },
    INFOGRAPHIC: { description: 'Infographic' },
    VIDEO: { description: 'Video hướng dẫn / instructional video' },
    OTHER: { description: 'Khác / other' },
  },
});

/** Task III.6: the standardised set of handbooks, leaflets, infographics and videos. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A handbook, leaflet, infographic or video (task III.6).' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index(['administrativeUnitId'])
export class Material extends SyncedEntity {
  @Field(() => MaterialKind)
  @Column({ type: 'enum', enum: MaterialKind, enumName: 'material_kind' })
  kind: MaterialKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'Language tag, e.g. vi, en, or ede (Ê Đê).' })
  @Column({ length: 20 })
  language: string;

  @Field(() => String, { nullable: true, description: 'The area it is written for, e.g. "vùng cà phê Tây Nguyên".' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  targetRegion: string | null;

  @Field(() => [Audience])
  @Column({ type: 'enum', enum: Audience, enumName: 'audience', array: true })
  targetGroups: Audience[];

  @Field(() => [TrainingTopic])
  @Column({ type: 'enum', enum: TrainingTopic, enumName: 'training_topic', array: true })
  topics: TrainingTopic[];

  @Field(() => [String], { description: 'Crop codes it covers (empty: all crops).' })
  @Column({ type: 'varchar', length: 30, array: true })
  crops: string[];

  @Field({ description: 'Where the file can be downloaded: an http(s) address, or /files/<id> when it is an uploaded file (see files).' })
  @Column({ type: 'text' })
  fileUrl: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex: lets an app check its download.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  checksumSha256: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;

  /** Who produced it: the province, or a commune or ward. */
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;
}
