import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { Organisation } from '../organisations';
import { ProductionZone } from '../production-zones';
import { CertificationScheme, CertificationStatus } from './certification.enums';

/** Task VI.2: a certification or the provincial low-emission label, applied for by an organisation or a production zone. */
@ObjectType({ implements: [Node, SyncedEntity], description: 'A certification or the low-emission label of an organisation or a production zone (task VI.2).' })
@Entity()
@Index(['updatedAt', 'id']) // the change feed's order (see RegisterRecord)
@Index('IDX_certification_organisation', ['organisationId'])
@Index('IDX_certification_production_zone', ['productionZoneId'])
@Index('IDX_certification_units', { synchronize: false })
@Check(`num_nonnulls("organisation_id", "production_zone_id") = 1`)
@Check(`cardinality("administrative_unit_ids") BETWEEN 1 AND 50`)
@Check(`"area_ha" IS NULL OR ("area_ha" > 0 AND "area_ha" <= 1000000)`)
@Check(`"valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to"`)
@Check(`"status" NOT IN ('GRANTED', 'SUSPENDED', 'EXPIRED') OR ("valid_from" IS NOT NULL AND "valid_to" IS NOT NULL)`)
@Check(`"scheme" <> 'OTHER' OR "scheme_name" IS NOT NULL`)
@Check(`"status" NOT IN ('GRANTED', 'SUSPENDED', 'EXPIRED') OR "granted_on" IS NOT NULL`)
export class Certification extends SyncedEntity {
  @Field(() => CertificationScheme)
  @Column({ type: 'enum', enum: CertificationScheme, enumName: 'certification_scheme' })
  scheme: CertificationScheme;

  @Field(() => String, { nullable: true, description: 'The scheme’s name when scheme is OTHER.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  schemeName: string | null;

  /** The holding organisation (exactly one of organisation and zone). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** The holding production zone (exactly one of organisation and zone). */
  @Column({ type: 'uuid', nullable: true })
  productionZoneId: string | null;

  @ManyToOne(() => ProductionZone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'production_zone_id' })
  productionZone?: ProductionZone;

  /** The holder's communes when it applied (the organisation's seat, or the zone's communes): who may apply and filter by commune. */
  @Column({ type: 'uuid', array: true })
  administrativeUnitIds: string[];

  @Field(() => [String], { description: 'Crops the certification covers (crop codes).' })
  @Column({ type: 'varchar', length: 30, array: true })
  crops: string[];

  @Field(() => Float, { nullable: true, description: 'Area covered, hectares.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numericTransformer })
  areaHa: number | null;

  /** The certification body that reviews it (an organisation of kind CERTIFICATION_BODY), when one does. */
  @Column({ type: 'uuid', nullable: true })
  certificationBodyId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certification_body_id' })
  certificationBody?: Organisation;

  @Field(() => String, { nullable: true, description: 'The certificate number, once granted.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  certificateNumber: string | null;

  /** The status the last decision left; `status` in the API shows EXPIRED once validTo has passed (certification-expiry.ts). */
  @Field(() => CertificationStatus, { name: 'decidedStatus', description: 'The status the last decision (or the application) left, before expiry is applied.' })
  @Column({ type: 'enum', enum: CertificationStatus, enumName: 'certification_status' })
  status: CertificationStatus;

  @Field({ description: 'Why it has its status: the applicant’s note on applying, the decider’s reason after.' })
  @Column({ type: 'text' })
  statusReason: string;

  @Field({ description: 'When the status last changed.' })
  @Column({ type: 'timestamptz', precision: 3 })
  statusChangedAt: Date;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Vietnam time): when it was first granted; a re-grant after a suspension keeps it.' })
  @Column({ type: 'date', nullable: true })
  grantedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: first day of validity (required once granted).' })
  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: last day of validity (required once granted).' })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
