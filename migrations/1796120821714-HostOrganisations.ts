import { MigrationInterface, QueryRunner } from 'typeorm';

export class HostOrganisations1796120821714 implements MigrationInterface {
  name = 'HostOrganisations1796120821714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"pilot_model\" ADD \"host_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"training_event\" ADD \"host_organisation_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_63e4047102ed3a4c37fb7d6f79\" ON \"pilot_model\"  (\"host_organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_52481e6fa910504d460445586e\" ON \"training_event\"  (\"host_organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"pilot_model\" ADD CONSTRAINT \"FK_63e4047102ed3a4c37fb7d6f79f\" FOREIGN KEY (\"host_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"training_event\" ADD CONSTRAINT \"FK_52481e6fa910504d460445586ec\" FOREIGN KEY (\"host_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"training_event\" DROP CONSTRAINT \"FK_52481e6fa910504d460445586ec\"");
    await queryRunner.query("ALTER TABLE \"pilot_model\" DROP CONSTRAINT \"FK_63e4047102ed3a4c37fb7d6f79f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_52481e6fa910504d460445586e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_63e4047102ed3a4c37fb7d6f79\"");
    await queryRunner.query("ALTER TABLE \"training_event\" DROP COLUMN \"host_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"pilot_model\" DROP COLUMN \"host_organisation_id\"");
  }
}
