import { MigrationInterface, QueryRunner } from 'typeorm';

export class InputUpperBounds1796099225668 implements MigrationInterface {
  name = 'InputUpperBounds1796099225668';

  // The upper bounds the API now enforces on input, also held by the tables, so that no stored number can
  // break a later read or sum (planProgress, inventories, budget totals). Existing rows are checked too:
  // a row outside them would already break those reads, and the constraint names it.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"progress_report\" ADD CONSTRAINT \"CHK_36e121eae467aaf93e9568b93a\" CHECK (NOT jsonb_path_exists(\"target_values\", '$[*] ? (@.value > 1000000000 || @.value < 0)'))");
    await queryRunner.query("ALTER TABLE \"activity_record\" ADD CONSTRAINT \"CHK_d2378b00ce56c634be766d96a2\" CHECK (\"area_ha\" <= 1000000)");
    await queryRunner.query("ALTER TABLE \"pilot_model\" ADD CONSTRAINT \"CHK_cee4f3b4671a66c95ec867964f\" CHECK (\"baseline_yield_tonnes_per_ha\" BETWEEN 0 AND 1000 AND \"actual_yield_tonnes_per_ha\" BETWEEN 0 AND 1000)");
    await queryRunner.query("ALTER TABLE \"pilot_model\" ADD CONSTRAINT \"CHK_e8068e00e6ed4feacdc790a0c7\" CHECK (\"area_ha\" <= 1000000 AND \"households\" <= 1000000)");
    await queryRunner.query("ALTER TABLE \"budget_line\" ADD CONSTRAINT \"CHK_8c0996ff9bc51692185e4d7d13\" CHECK (\"proposed_vnd\" <= 1000000000000000 AND \"approved_vnd\" <= 1000000000000000)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"budget_line\" DROP CONSTRAINT \"CHK_8c0996ff9bc51692185e4d7d13\"");
    await queryRunner.query("ALTER TABLE \"pilot_model\" DROP CONSTRAINT \"CHK_e8068e00e6ed4feacdc790a0c7\"");
    await queryRunner.query("ALTER TABLE \"pilot_model\" DROP CONSTRAINT \"CHK_cee4f3b4671a66c95ec867964f\"");
    await queryRunner.query("ALTER TABLE \"activity_record\" DROP CONSTRAINT \"CHK_d2378b00ce56c634be766d96a2\"");
    await queryRunner.query("ALTER TABLE \"progress_report\" DROP CONSTRAINT \"CHK_36e121eae467aaf93e9568b93a\"");
  }
}
