import { MigrationInterface, QueryRunner } from 'typeorm';

// The outbox table of the national sync. graphile-worker's own schema (graphile_worker) is not
// created here: the library migrates it itself at start (prepareSyncQueue).
export class NationalSync1795944032531 implements MigrationInterface {
  name = 'NationalSync1795944032531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"sync_job_status\" AS ENUM('PENDING', 'DELIVERING', 'DELIVERED', 'FAILED_PERMANENT', 'FAILED_AUTH', 'FAILED_EXHAUSTED')");
    await queryRunner.query("CREATE TYPE \"public\".\"sync_failure_kind\" AS ENUM('TEMPORARY', 'PERMANENT', 'AUTH')");
    await queryRunner.query("CREATE TYPE \"public\".\"sync_request_reason\" AS ENUM('VERIFIED', 'RESEND')");
    await queryRunner.query("CREATE TABLE \"sync_job\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sequence\" BIGSERIAL NOT NULL, \"target\" character varying(63) NOT NULL, \"adapter\" character varying(63) NOT NULL, \"inventory_id\" uuid NOT NULL, \"inventory_version\" integer NOT NULL, \"status\" \"public\".\"sync_job_status\" NOT NULL, \"attempts\" integer NOT NULL DEFAULT '0', \"idempotency_key\" character varying(200) NOT NULL, \"content_hash\" character varying(64), \"receiver_ack_id\" text, \"last_error\" text, \"last_failure_kind\" \"public\".\"sync_failure_kind\", \"last_failure_at\" TIMESTAMP WITH TIME ZONE, \"last_attempt_at\" TIMESTAMP WITH TIME ZONE, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"lease_until\" TIMESTAMP WITH TIME ZONE, \"worker_id\" character varying(200), \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"request_reason\" \"public\".\"sync_request_reason\" NOT NULL, \"requested_by_id\" uuid, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"CHK_f7572c1899aa463d0e4b1d98ee\" CHECK (\"attempts\" >= 0), CONSTRAINT \"CHK_5687a750d6fb5828384e06bba4\" CHECK (\"status\" <> 'DELIVERED' OR \"receiver_ack_id\" IS NOT NULL), CONSTRAINT \"PK_2c67dd094a438a13f904e9a5fb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_53f96d39cf36f330ba78db3485\" ON \"sync_job\"  (\"sequence\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8842df9dca00d7fb4be08914a5\" ON \"sync_job\"  (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e852578b6edaa2abee46a4c0c5\" ON \"sync_job\"  (\"target\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1d0cb52c3eb1979080a86168b4\" ON \"sync_job\"  (\"inventory_id\", \"inventory_version\", \"target\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1d0cb52c3eb1979080a86168b4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e852578b6edaa2abee46a4c0c5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8842df9dca00d7fb4be08914a5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_53f96d39cf36f330ba78db3485\"");
    await queryRunner.query("DROP TABLE \"sync_job\"");
    await queryRunner.query("DROP TYPE \"public\".\"sync_request_reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"sync_failure_kind\"");
    await queryRunner.query("DROP TYPE \"public\".\"sync_job_status\"");
  }
}
