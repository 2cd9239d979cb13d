import { MigrationInterface, QueryRunner } from 'typeorm';

/** Its own migration (its own transaction): a new enum value cannot be used, e.g. by a CHECK, in the transaction that adds it. */
export class CertificationBodyOfficerRole1796131542284 implements MigrationInterface {
  name = 'CertificationBodyOfficerRole1796131542284';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TYPE \"public\".\"user_role\" ADD VALUE 'CERTIFICATION_BODY_OFFICER'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"user_role_old\" AS ENUM('ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER', 'FARMER')");
    await queryRunner.query("ALTER TABLE \"user\" ALTER COLUMN \"role\" TYPE \"public\".\"user_role_old\" USING \"role\"::\"text\"::\"public\".\"user_role_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("ALTER TYPE \"public\".\"user_role_old\" RENAME TO \"user_role\"");
  }
}
