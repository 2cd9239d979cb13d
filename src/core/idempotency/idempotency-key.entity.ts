import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One client-generated key per principal and write: the unique index makes a retried or concurrent
 * duplicate wait for the first and then replay its result instead of writing twice.
 */
@Entity()
@Index(['principal', 'key'], { unique: true })
export class IdempotencyKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Who sent it: "USER:<id>" or "API_KEY:<id>"; keys of different callers never collide. */
  @Column({ length: 80 })
  principal: string;

  @Column({ length: 100 })
  key: string;

  /** The mutation, e.g. createPilotModel. */
  @Column({ length: 60 })
  operation: string;

  /** SHA-256 of the operation and its canonical input: the same key with other data is refused. */
  @Column({ length: 64 })
  requestHash: string;

  @Column({ length: 60 })
  entityType: string;

  /** The record the first call wrote; set in the same transaction. */
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
