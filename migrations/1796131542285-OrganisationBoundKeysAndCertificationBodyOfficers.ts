import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationBoundKeysAndCertificationBodyOfficers1796131542285 implements MigrationInterface {
  name = 'OrganisationBoundKeysAndCertificationBodyOfficers1796131542285';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_key\" ADD \"organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"user\" ADD \"organisation_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_656bf45bf240ad0a5aced63ae5\" ON \"api_key\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c7a4825eaaf9118259b890ad65\" ON \"user\"  (\"organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"CHK_a17b40f048a5d994062cf0068b\" CHECK (\"role\" <> 'CERTIFICATION_BODY_OFFICER' OR \"organisation_id\" IS NOT NULL)");
    await queryRunner.query("ALTER TABLE \"api_key\" ADD CONSTRAINT \"FK_656bf45bf240ad0a5aced63ae53\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"FK_c7a4825eaaf9118259b890ad65d\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"FK_c7a4825eaaf9118259b890ad65d\"");
    await queryRunner.query("ALTER TABLE \"api_key\" DROP CONSTRAINT \"FK_656bf45bf240ad0a5aced63ae53\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"CHK_a17b40f048a5d994062cf0068b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c7a4825eaaf9118259b890ad65\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_656bf45bf240ad0a5aced63ae5\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP COLUMN \"organisation_id\"");
    await queryRunner.query("ALTER TABLE \"api_key\" DROP COLUMN \"organisation_id\"");
  }
}
