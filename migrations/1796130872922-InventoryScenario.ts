import { MigrationInterface, QueryRunner } from 'typeorm';

export class InventoryScenario1796130872922 implements MigrationInterface {
  name = 'InventoryScenario1796130872922';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"uq_emission_inventory_current\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6bdebcb4745d902782c6c41ad1\"");
    // Every inventory stored so far was computed from ACTUAL records.
    await queryRunner.query("ALTER TABLE \"emission_inventory\" ADD \"scenario\" \"public\".\"scenario\" NOT NULL DEFAULT 'ACTUAL'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_emission_inventory_current\" ON \"emission_inventory\"  (\"administrative_unit_id\", \"year\", \"scenario\") WHERE \"status\" IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_3d53bddfd656c7ce4e7370200b\" ON \"emission_inventory\"  (\"administrative_unit_id\", \"year\", \"scenario\", \"version\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3d53bddfd656c7ce4e7370200b\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_emission_inventory_current\"");
    await queryRunner.query("ALTER TABLE \"emission_inventory\" DROP COLUMN \"scenario\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6bdebcb4745d902782c6c41ad1\" ON \"emission_inventory\" USING btree (\"administrative_unit_id\", \"year\", \"version\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_emission_inventory_current\" ON \"emission_inventory\" USING btree (\"administrative_unit_id\", \"year\") WHERE (status = ANY (ARRAY['DRAFT'::inventory_status, 'SUBMITTED'::inventory_status, 'VERIFIED'::inventory_status, 'RETURNED'::inventory_status]))");
  }
}
