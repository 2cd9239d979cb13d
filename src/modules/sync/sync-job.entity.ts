import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { NodeEntity } from '../../core/db/node-entity';
import { Node } from '../../core/relay/node.interface';

export enum SyncJobStatus {
  PENDING = 'PENDING',
  DELIVERING = 'DELIVERING',
  DELIVERED = 'DELIVERED',
  FAILED_PERMANENT = 'FAILED_PERMANENT',
  FAILED_AUTH = 'FAILED_AUTH',
  FAILED_EXHAUSTED = 'FAILED_EXHAUSTED',
}

registerEnumType(SyncJobStatus, {
  name: 'SyncJobStatus',
  valuesConfig: {
    PENDING: { description: 'Chờ gửi / waiting for its first attempt or for a retry at nextAttemptAt' },
    DELIVERING: { description: 'Đang gửi / a worker is delivering it now' },
    DELIVERED: { description: 'Đã gửi / the receiver acknowledged it (receiverAckId)' },
    FAILED_PERMANENT: { description: 'Bị từ chối / the receiver rejected it; not retried (see lastError)' },
    FAILED_AUTH: { description: 'Lỗi xác thực / our credentials were refused; not retried until resent' },
    FAILED_EXHAUSTED: { description: 'Hết lượt thử / temporary failures went on past the attempt limit' },
  },
});

export enum SyncRequestReason {
  VERIFIED = 'VERIFIED',
  RESEND = 'RESEND',
}

registerEnumType(SyncRequestReason, { name: 'SyncRequestReason' });

/** Failure classes an adapter reports (see adapter.ts). */
export enum SyncFailureKind {
  TEMPORARY = 'TEMPORARY',
  PERMANENT = 'PERMANENT',
  AUTH = 'AUTH',
}

registerEnumType(SyncFailureKind, { name: 'SyncFailureKind' });

/** One inventory version's delivery to one target: the outbox row, written with the verification. */
@ObjectType({ implements: Node, description: 'Delivery of one verified inventory version to one national sync target.' })
@Entity()
@Index(['inventoryId', 'inventoryVersion', 'target'], { unique: true })
@Index(['target', 'status'])
@Check(`"status" <> 'DELIVERED' OR "receiver_ack_id" IS NOT NULL`)
@Check(`"attempts" >= 0`)
export class SyncJob extends NodeEntity {
  /** Monotonic creation order; the pagination key (newest first). */
  @Index({ unique: true })
  @Column({ type: 'bigint', generated: 'increment' })
  sequence: string;

  @Field({ description: 'Name of the target in SYNC_TARGETS.' })
  @Column({ length: 63 })
  target: string;

  @Field({ description: 'Adapter of the target when the job was written, e.g. http-json.' })
  @Column({ length: 63 })
  adapter: string;

  /** The provincial inventory; exposed as its global ID (see SyncResolver.inventoryId). */
  @Column('uuid')
  inventoryId: string;

  @Field(() => Int)
  @Column('int')
  inventoryVersion: number;

  @Field(() => SyncJobStatus)
  @Column({ type: 'enum', enum: SyncJobStatus, enumName: 'sync_job_status' })
  status: SyncJobStatus;

  @Field(() => Int, { description: 'Delivery attempts since the last request (verification or resend).' })
  @Column('int', { default: 0 })
  attempts: number;

  @Field({ description: 'Sent with every attempt of this job; the receiver keeps one copy per key.' })
  @Index({ unique: true })
  @Column({ length: 200 })
  idempotencyKey: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the submission sent (hex); set at the first attempt.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  @Field(() => String, { nullable: true, description: "The receiver's acknowledgement id." })
  @Column({ type: 'text', nullable: true })
  receiverAckId: string | null;

  @Field(() => String, { nullable: true, description: 'The most recent failure, kept after a later success.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => SyncFailureKind, { nullable: true })
  @Column({ type: 'enum', enum: SyncFailureKind, enumName: 'sync_failure_kind', nullable: true })
  lastFailureKind: SyncFailureKind | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING after a temporary failure).' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** While DELIVERING: after this instant the attempt is presumed dead and the job is delivered again. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** The worker that made the latest attempt (host:pid:random). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  workerId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => SyncRequestReason)
  @Column({ type: 'enum', enum: SyncRequestReason, enumName: 'sync_request_reason' })
  requestReason: SyncRequestReason;

  /** User who verified or asked for the resend. */
  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  requestedAt: Date;
}
