import { Field, Int, InterfaceType } from 'type-graphql';
import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Node } from '../relay/node.interface';

/**
 * Base of every record a field app edits and syncs: a version for optimistic concurrency and a
 * soft delete, so a deletion can be sent to devices as a tombstone. Timestamps are stored to the
 * millisecond, the precision of a JavaScript Date, so a timestamp read back can be used as a cursor.
 */
@InterfaceType('SyncedRecord', {
  implements: Node,
  description: 'A record field apps keep offline: versioned, and deleted softly so deletions reach devices.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class SyncedEntity extends Node {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the record was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'Last change of any kind, deletion included; `updatedSince` filters on it.' })
  @Index()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: 'Starts at 1 and grows with every change; send it as `expectedVersion` to update or delete.' })
  @VersionColumn()
  version: number;

  @Field(() => Date, { nullable: true, description: 'Set when the record was deleted: the record is a tombstone.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}
