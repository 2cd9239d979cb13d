import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisations1796120648535 implements MigrationInterface {
  name = 'Organisations1796120648535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('COOPERATIVE', 'ENTERPRISE', 'FARMER_GROUP', 'RESEARCH_INSTITUTE', 'CERTIFICATION_BODY', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"kind\" \"public\".\"organisation_kind\" NOT NULL, \"name\" character varying(300) NOT NULL, \"registration_code\" character varying(14), \"administrative_unit_id\" uuid NOT NULL, \"member_households\" integer, \"crops\" character varying(30) array NOT NULL DEFAULT '{}', \"contact_name\" character varying(200), \"contact_phone\" character varying(20), \"contact_email\" character varying(254), CONSTRAINT \"CHK_29a47372f1ae9f327fe31da1e8\" CHECK (\"member_households\" IS NULL OR \"member_households\" BETWEEN 0 AND 1000000), CONSTRAINT \"PK_c725ae234ef1b74cce43d2d00c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8100f302d255300dcd74042120\" ON \"organisation\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_74fa05f244917c13df2fe1da91\" ON \"organisation\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_organisation_live_registration_code\" ON \"organisation\"  (\"registration_code\") WHERE \"deleted_at\" IS NULL AND \"registration_code\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"organisation\" ADD CONSTRAINT \"FK_74fa05f244917c13df2fe1da916\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organisation\" DROP CONSTRAINT \"FK_74fa05f244917c13df2fe1da916\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_organisation_live_registration_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_74fa05f244917c13df2fe1da91\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8100f302d255300dcd74042120\"");
    await queryRunner.query("DROP TABLE \"organisation\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_kind\"");
  }
}
