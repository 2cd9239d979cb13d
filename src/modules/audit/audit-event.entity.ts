import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../core/relay/node.interface';

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  ANONYMOUS = 'ANONYMOUS',
  SYSTEM = 'SYSTEM',
}

registerEnumType(ActorType, { name: 'ActorType' });

/** One successful change, written in the same transaction as the change itself. */
@ObjectType({ implements: Node })
@Entity()
@Index(['entityType', 'entityId'])
export class AuditEvent extends Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Monotonic order of events; the pagination key. */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  sequence: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => ActorType)
  @Column({ type: 'enum', enum: ActorType, enumName: 'actor_type' })
  actorType: ActorType;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The mutation, e.g. createUser.' })
  @Column({ length: 100 })
  action: string;

  @Field()
  @Column({ length: 60 })
  entityType: string;

  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { description: 'Changed fields: { field: { before, after } }; secrets are never recorded.' })
  @Column({ type: 'jsonb' })
  changes: Record<string, { before: unknown; after: unknown }>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;
}
