import { MigrationInterface, QueryRunner } from 'typeorm';
// Uploaded files (POST /files): metadata, the links from records, and the bytes when FILE_STORE=postgres.

export class StoredFiles1796120927906 implements MigrationInterface {
  name = 'StoredFiles1796120927906';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"stored_files\" (\"id\" uuid NOT NULL, \"sha256\" character(64) NOT NULL, \"size\" integer NOT NULL, \"content_type\" character varying(100) NOT NULL, \"name\" character varying(200) NOT NULL, \"uploaded_by_user_id\" uuid, \"uploaded_by_api_key_id\" uuid, \"administrative_unit_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_ac2f6eba952db501546dacb014\" CHECK (num_nonnulls(\"uploaded_by_user_id\", \"uploaded_by_api_key_id\") = 1), CONSTRAINT \"CHK_afb2e04906cce20211014428f0\" CHECK (\"sha256\" ~ '^[0-9a-f]{64}$' AND \"size\" >= 0), CONSTRAINT \"PK_5d5be862bf53851c1794b4adf4e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_85436d3cfa4873113e3409c201\" ON \"stored_files\"  (\"uploaded_by_user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_90d179136495d8431180ddf963\" ON \"stored_files\"  (\"uploaded_by_api_key_id\") ");
    await queryRunner.query("CREATE TABLE \"stored_file_links\" (\"record_type\" character varying(60) NOT NULL, \"record_id\" uuid NOT NULL, \"file_id\" uuid NOT NULL, \"position\" smallint NOT NULL, CONSTRAINT \"PK_82d78c78c8546ccf05685d8f774\" PRIMARY KEY (\"record_type\", \"record_id\", \"file_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_aa76605c242eb75239e4021a98\" ON \"stored_file_links\"  (\"file_id\") ");
    await queryRunner.query("CREATE TABLE \"stored_file_content\" (\"key\" uuid NOT NULL, \"content\" bytea NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0b63fc09a1976ef52cd4fd36e6b\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("ALTER TABLE \"stored_file_links\" ADD CONSTRAINT \"FK_aa76605c242eb75239e4021a98e\" FOREIGN KEY (\"file_id\") REFERENCES \"stored_files\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"stored_file_links\" DROP CONSTRAINT \"FK_aa76605c242eb75239e4021a98e\"");
    await queryRunner.query("DROP TABLE \"stored_file_content\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_aa76605c242eb75239e4021a98\"");
    await queryRunner.query("DROP TABLE \"stored_file_links\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_90d179136495d8431180ddf963\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_85436d3cfa4873113e3409c201\"");
    await queryRunner.query("DROP TABLE \"stored_files\"");
  }
}
