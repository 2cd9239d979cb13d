import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivityRecordWithdrawal1795946754165 implements MigrationInterface {
  name = 'ActivityRecordWithdrawal1795946754165';

  // Withdrawn activity records stay (inventory lines point at them) but leave future inventories.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"activity_record\" ADD \"deleted_at\" TIMESTAMP WITH TIME ZONE");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"activity_record\" DROP COLUMN \"deleted_at\"");
  }
}
