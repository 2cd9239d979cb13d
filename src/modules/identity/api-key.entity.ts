import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';
import { Organisation } from '../organisations';

@ObjectType({ implements: Node, description: "A partner's API key; the secret is shown once, at creation." })
@Entity()
export class ApiKey extends NodeEntity {
  @Field({ description: 'What the key is for, e.g. "Field app sync".' })
  @Column({ length: 200 })
  name: string;

  @Field({ description: 'The organisation holding the key.' })
  @Column({ length: 200 })
  partnerName: string;

  @Field({ description: 'Public part of the key (lek_<prefix>_...), to recognise it in lists and logs.' })
  @Index({ unique: true })
  @Column({ length: 16 })
  prefix: string;

  /** SHA-256 of the secret part: the secret is random (256 bits), so a fast hash is safe here. */
  @Column({ length: 64 })
  secretHash: string;

  @Field(() => [String], { description: 'Scopes such as implementation-plans:write (write implies read).' })
  @Column({ type: 'text', array: true })
  scopes: string[];

  /** Communes/wards the key may write for; null means any. */
  @Column({ type: 'uuid', array: true, nullable: true })
  administrativeUnitIds: string[] | null;

  /** The organisation whose own staff hold the key: it writes lots of that organisation only; null for a key of no organisation. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  rateLimitPerMinute: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
