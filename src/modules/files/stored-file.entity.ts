import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Node } from '../../core/relay/node.interface';

/**
 * One uploaded file's metadata (`stored_files`). The bytes live in the file store under the id;
 * the name is only what downloads are called, already made safe.
 */
@ObjectType({ implements: Node, description: 'An uploaded file (POST /files): its checksum, size, detected type and safe name.' })
@Entity({ name: 'stored_files' })
@Check(`"sha256" ~ '^[0-9a-f]{64}$' AND "size" >= 0`)
@Check(`num_nonnulls("uploaded_by_user_id", "uploaded_by_api_key_id") = 1`)
export class StoredFile extends Node {
  /** Chosen by the server before the bytes are stored: the store's key. */
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'SHA-256 of the bytes, hex: check your download against it.' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column('integer')
  size: number;

  @Field({ description: "The type detected from the content (never the name or the uploader's Content-Type), e.g. application/pdf." })
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Field({ description: 'The uploaded name made safe (no path, no control or direction characters), with the extension of the detected type.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The user who uploaded it, or null when a partner key did. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  uploadedByApiKeyId: string | null;

  /** The uploader's unit when it writes for exactly one (a commune officer's commune); else null. */
  @Column({ type: 'uuid', nullable: true })
  administrativeUnitId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'GET it with the same credentials you read the record with that names the file.' })
  get downloadUrl(): string {
    return `/files/${encodeURIComponent(this.nodeId)}`;
  }
}
