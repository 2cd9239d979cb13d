import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The bytes of a file when FILE_STORE=postgres (`stored_file_content`), under the file's id. */
@Entity({ name: 'stored_file_content' })
export class StoredFileContent {
  @PrimaryColumn('uuid')
  key: string;

  @Column('bytea')
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
