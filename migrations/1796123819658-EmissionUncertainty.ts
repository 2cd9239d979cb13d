// Uncertainty (IPCC 2006 Vol 1 Ch 3 Approach 1): an activity record's own activity-data uncertainty, each
// inventory line's combined figure and the factors it multiplies, and the totals' figures per inventory.
// All nullable: versions computed before stay as they were ("not assessed").
import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmissionUncertainty1796123819658 implements MigrationInterface {
  name = 'EmissionUncertainty1796123819658';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"activity_record\" ADD \"activity_data_uncertainty_pct\" numeric");
    await queryRunner.query("ALTER TABLE \"emission_inventory\" ADD \"uncertainty\" jsonb");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD \"uncertainty_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD \"uncertainty_lower_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD \"uncertainty_upper_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD \"factor_keys\" text array");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD \"activity_data_uncertainty_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"provincial_inventory\" ADD \"uncertainty\" jsonb");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" ADD \"uncertainty_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" ADD \"uncertainty_lower_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" ADD \"uncertainty_upper_pct\" double precision");
    await queryRunner.query("ALTER TABLE \"activity_record\" ADD CONSTRAINT \"CHK_7e918567f9eddbac35d6c32b5e\" CHECK (\"activity_data_uncertainty_pct\" IS NULL OR (\"activity_data_uncertainty_pct\" >= 0 AND \"activity_data_uncertainty_pct\" <= 1000))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"activity_record\" DROP CONSTRAINT \"CHK_7e918567f9eddbac35d6c32b5e\"");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" DROP COLUMN \"uncertainty_upper_pct\"");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" DROP COLUMN \"uncertainty_lower_pct\"");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" DROP COLUMN \"uncertainty_pct\"");
    await queryRunner.query("ALTER TABLE \"provincial_inventory\" DROP COLUMN \"uncertainty\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP COLUMN \"activity_data_uncertainty_pct\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP COLUMN \"factor_keys\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP COLUMN \"uncertainty_upper_pct\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP COLUMN \"uncertainty_lower_pct\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP COLUMN \"uncertainty_pct\"");
    await queryRunner.query("ALTER TABLE \"emission_inventory\" DROP COLUMN \"uncertainty\"");
    await queryRunner.query("ALTER TABLE \"activity_record\" DROP COLUMN \"activity_data_uncertainty_pct\"");
  }
}
