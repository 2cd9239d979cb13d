import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../../core/relay/node.interface';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { Agency } from '../../agencies';
import { AdministrativeUnit } from '../../geography';
import { Organisation } from '../../organisations';
import { Task } from '../../plan';
import { Audience, MediaFormat, TrainingEventKind, TrainingTopic } from '../shared/vocabularies';

@ObjectType({ description: 'Who took part: counted at the event, not necessarily listed by name.' })
export class Participants {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { nullable: true })
  women: number | null;

  @Field(() => Int, { nullable: true })
  farmers: number | null;

  @Field(() => Int, { nullable: true })
  officials: number | null;

  @Field(() => Int, { nullable: true })
  technicians: number | null;
}

@ObjectType({ description: 'Where and how a media piece (task I.2) was published.' })
export class MediaPiece {
  @Field({ description: 'Newspaper, channel or page that published it.' })
  outlet: string;

  @Field(() => MediaFormat)
  format: MediaFormat;

  @Field(() => String, { nullable: true })
  url: string | null;
}

/** Trainings, workshops, forums, communication sessions and media pieces (sections I and III). */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A training, workshop, forum, communication session or media piece.' })
@Entity()
@Index(['administrativeUnitId', 'startDate'])
@Index(['kind', 'startDate'])
// The default order of the whole list (newest first, by id among one day's events): a page reads
// its rows off the index instead of sorting every event.
@Index(['startDate', 'id'])
@Index(['updatedAt', 'id']) // the change feed's order
@Check(`"end_date" IS NULL OR "end_date" >= "start_date"`)
@Check(`"participants_total" >= 0 AND "participants_women" <= "participants_total" AND "participants_farmers" <= "participants_total"`)
@Check(`("kind" = 'MEDIA_PIECE') = ("media_outlet" IS NOT NULL)`)
export class TrainingEvent extends SyncedEntity {
  @Field(() => TrainingEventKind)
  @Column({ type: 'enum', enum: TrainingEventKind, enumName: 'training_event_kind' })
  kind: TrainingEventKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'YYYY-MM-DD: the (first) day, or the publication date of a media piece.' })
  @Column({ type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day of a multi-day event.' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** Where it happened: a commune or ward, or the province for province-wide events and media. */
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  @Field(() => String, { nullable: true, description: 'Venue or place.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue: string | null;

  @Column({ type: 'uuid', nullable: true })
  organisingAgencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organising_agency_id' })
  organisingAgency?: Agency;

  @Field(() => String, { nullable: true, description: 'The organiser when it is not an agency of the catalogue.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  organiserName: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  hostOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id' })
  hostOrganisation?: Organisation;

  @Index()
  @Column('uuid')
  taskId: string;

  @ManyToOne(() => Task, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: Task;

  @Field(() => [TrainingTopic])
  @Column({ type: 'enum', enum: TrainingTopic, enumName: 'training_topic', array: true })
  topics: TrainingTopic[];

  @Field(() => [Audience])
  @Column({ type: 'enum', enum: Audience, enumName: 'audience', array: true })
  audiences: Audience[];

  @Column({ type: 'int', nullable: true })
  participantsTotal: number | null;

  @Column({ type: 'int', nullable: true })
  participantsWomen: number | null;

  @Column({ type: 'int', nullable: true })
  participantsFarmers: number | null;

  @Column({ type: 'int', nullable: true })
  participantsOfficials: number | null;

  @Column({ type: 'int', nullable: true })
  participantsTechnicians: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  mediaOutlet: string | null;

  @Column({ type: 'enum', enum: MediaFormat, enumName: 'media_format', nullable: true })
  mediaFormat: MediaFormat | null;

  @Column({ type: 'text', nullable: true })
  mediaUrl: string | null;

  @Field(() => Participants, { nullable: true, description: 'Null for a media piece without an audience count.' })
  get participants(): Participants | null {
    if (this.participantsTotal === null) return null;
    return {
      total: this.participantsTotal,
      women: this.participantsWomen,
      farmers: this.participantsFarmers,
      officials: this.participantsOfficials,
      technicians: this.participantsTechnicians,
    };
  }

  @Field(() => MediaPiece, { nullable: true, description: 'Set for a MEDIA_PIECE only.' })
  get media(): MediaPiece | null {
    if (this.mediaOutlet === null || this.mediaFormat === null) return null;
    return { outlet: this.mediaOutlet, format: this.mediaFormat, url: this.mediaUrl };
  }
}
