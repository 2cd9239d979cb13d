import { MigrationInterface, QueryRunner } from 'typeorm';

export class StudyLeadOrganisationAndProgrammeCriteriaSet1796124074115 implements MigrationInterface {
  name = 'StudyLeadOrganisationAndProgrammeCriteriaSet1796124074115';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"programme_integration\" ADD \"criteria_set_id\" uuid");
    await queryRunner.query("ALTER TABLE \"research_study\" ADD \"lead_organisation_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_f2a59cde3163f380e83f113585\" ON \"programme_integration\"  (\"criteria_set_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_25d841a58f8f8263b86ed2212b\" ON \"research_study\"  (\"lead_organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"programme_integration\" ADD CONSTRAINT \"FK_f2a59cde3163f380e83f1135853\" FOREIGN KEY (\"criteria_set_id\") REFERENCES \"criteria_set\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"research_study\" ADD CONSTRAINT \"FK_25d841a58f8f8263b86ed2212b5\" FOREIGN KEY (\"lead_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"research_study\" DROP CONSTRAINT \"FK_25d841a58f8f8263b86ed2212b5\"");
    await queryRunner.query("ALTER TABLE \"programme_integration\" DROP CONSTRAINT \"FK_f2a59cde3163f380e83f1135853\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_25d841a58f8f8263b86ed2212b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f2a59cde3163f380e83f113585\"");
    await queryRunner.query("ALTER TABLE \"research_study\" DROP COLUMN \"lead_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"programme_integration\" DROP COLUMN \"criteria_set_id\"");
  }
}
