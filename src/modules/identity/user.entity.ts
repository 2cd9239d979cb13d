import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Role } from '../../core/auth/roles';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { Agency } from '../agencies';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';

@ObjectType({ implements: Node, description: 'A person who logs in.' })
@Entity()
@Check(`"role" <> 'COMMUNE_OFFICER' OR "administrative_unit_id" IS NOT NULL`)
@Check(`"role" <> 'AGENCY_OFFICER' OR "agency_id" IS NOT NULL`)
@Check(`"role" <> 'CERTIFICATION_BODY_OFFICER' OR "organisation_id" IS NOT NULL`)
export class User extends NodeEntity {
  @Field({ description: 'Login name; stored lower-case.' })
  @Index({ unique: true })
  @Column({ length: 254 })
  email: string;

  @Field()
  @Column({ length: 200 })
  displayName: string;

  /** argon2id; never leaves the service. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  administrativeUnitId: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;

  /** CERTIFICATION_BODY_OFFICER: the certification body they act for (an organisation of kind CERTIFICATION_BODY). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
