import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFile } from './stored-file.entity';

/**
 * A record that names a file (a material, a progress report's evidence, a commune's plan). Who may
 * download a file follows from these: whoever may read one of the records (GET /files/:id).
 */
@Entity({ name: 'stored_file_links' })
@Index(['fileId'])
export class StoredFileLink {
  /** The GraphQL type of the record, e.g. Material. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  recordType: string;

  @PrimaryColumn('uuid')
  recordId: string;

  @PrimaryColumn('uuid')
  fileId: string;

  /** A file stays while a record names it. */
  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFile;

  /** Order of the files in the record's input. */
  @Column('smallint')
  position: number;
}
