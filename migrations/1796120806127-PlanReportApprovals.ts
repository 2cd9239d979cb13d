import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanReportApprovals1796120806127 implements MigrationInterface {
  name = 'PlanReportApprovals1796120806127';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"plan_report_kind\" AS ENUM('ANNUAL_IMPLEMENTATION', 'PHASE_REVIEW')");
    await queryRunner.query("CREATE TABLE \"plan_report_approval\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"kind\" \"public\".\"plan_report_kind\" NOT NULL, \"year\" integer, \"phase\" integer, \"decision_number\" character varying(100) NOT NULL, \"decision_date\" date NOT NULL, \"decision_body\" character varying(300) NOT NULL, \"file_sha256\" character(64) NOT NULL, \"file_url\" text, CONSTRAINT \"CHK_6abfb850a06b138ebf38d2e63a\" CHECK (\"file_sha256\" ~ '^[0-9a-f]{64}$'), CONSTRAINT \"CHK_c9d42e668cc5cb4a502b052667\" CHECK ((\"kind\" = 'ANNUAL_IMPLEMENTATION' AND \"year\" BETWEEN 2026 AND 2035 AND \"phase\" IS NULL) OR (\"kind\" = 'PHASE_REVIEW' AND \"phase\" IN (1, 2) AND \"year\" IS NULL)), CONSTRAINT \"PK_3f246435af5c8bf447b4ca4bdb5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1c1e92155df80f9d1c50d2c594\" ON \"plan_report_approval\"  (\"updated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_plan_report_approval_phase\" ON \"plan_report_approval\"  (\"phase\") WHERE \"kind\" = 'PHASE_REVIEW' AND \"deleted_at\" IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_plan_report_approval_annual\" ON \"plan_report_approval\"  (\"year\") WHERE \"kind\" = 'ANNUAL_IMPLEMENTATION' AND \"deleted_at\" IS NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"UQ_plan_report_approval_annual\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_plan_report_approval_phase\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1c1e92155df80f9d1c50d2c594\"");
    await queryRunner.query("DROP TABLE \"plan_report_approval\"");
    await queryRunner.query("DROP TYPE \"public\".\"plan_report_kind\"");
  }
}
