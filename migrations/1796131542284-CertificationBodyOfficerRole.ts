import { MigrationInterface, QueryRunner } from 'typeorm';

/** Its own migration (its own transaction): a new enum value cannot be used, e.g. by a CHECK, in the transaction that adds it. */
export class CertificationBodyOfficerRole1796131542284 implements MigrationInterface {
  name = 'CertificationBodyOfficerRole1796131542284';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"user_role\" ADD VALUE 'CERTIFICATION_BODY_OFFICER'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n }] = await queryRunner.query("SELECT count(*)::int AS n FROM \"user\" WHERE \"role\" = 'CERTIFICATION_BODY_OFFICER'");
    if (n > 0) throw new Error(`${n} users have the role CERTIFICATION_BODY_OFFICER: change their role before undoing this migration`);
    // The user table's role checks compare with the enum, so they are rebuilt around the change.
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"CHK_ed2f072d35f17d2b698f7e5cd3\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"CHK_f966b69d1cb78874b9118d922f\"");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role_old\" AS ENUM('ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER', 'FARMER')");
    await queryRunner.query("ALTER TABLE \"user\" ALTER COLUMN \"role\" TYPE \"public\".\"user_role_old\" USING \"role\"::\"text\"::\"public\".\"user_role_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("ALTER TYPE \"public\".\"user_role_old\" RENAME TO \"user_role\"");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"CHK_ed2f072d35f17d2b698f7e5cd3\" CHECK (\"role\" <> 'AGENCY_OFFICER' OR \"agency_id\" IS NOT NULL)");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"CHK_f966b69d1cb78874b9118d922f\" CHECK (\"role\" <> 'COMMUNE_OFFICER' OR \"administrative_unit_id\" IS NOT NULL)");
  }
}
