// Inventory versions recalculated with another factor or GWP set for a consistent time series.
// Down refuses (fails on the cast) while RECALCULATED versions exist: they are records, never dropped silently.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InventoryRecalculated1796124072231 implements MigrationInterface {
  name = 'InventoryRecalculated1796124072231';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"inventory_status\" ADD VALUE 'RECALCULATED'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The partial unique index compares status with the type's literals: rebuilt around the type change.
    await queryRunner.query('DROP INDEX "public"."uq_emission_inventory_current"');
    await queryRunner.query("CREATE TYPE \"public\".\"inventory_status_old\" AS ENUM('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED', 'SUPERSEDED', 'REOPENED')");
    await queryRunner.query("ALTER TABLE \"emission_inventory\" ALTER COLUMN \"status\" TYPE \"public\".\"inventory_status_old\" USING \"status\"::\"text\"::\"public\".\"inventory_status_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"inventory_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"inventory_status_old\" RENAME TO \"inventory_status\"");
    await queryRunner.query(
      "CREATE UNIQUE INDEX \"uq_emission_inventory_current\" ON \"emission_inventory\"  (\"administrative_unit_id\", \"year\") WHERE \"status\" IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')",
    );
  }
}
