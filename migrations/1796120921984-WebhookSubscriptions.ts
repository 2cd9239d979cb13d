import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookSubscriptions1796120921984 implements MigrationInterface {
  name = 'WebhookSubscriptions1796120921984';

  // Partner webhooks: subscriptions (the secret only encrypted) and the delivery outbox, written in the
  // transaction of each change; deliveries go with their subscription.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"webhook_subscription\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sequence\" BIGSERIAL NOT NULL, \"api_key_id\" uuid NOT NULL, \"url\" character varying(2000) NOT NULL, \"events\" text array NOT NULL, \"secret_ciphertext\" text NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'ACTIVE', \"disabled_reason\" text, \"consecutive_failures\" integer NOT NULL DEFAULT '0', \"version\" integer NOT NULL, \"created_by_id\" uuid, CONSTRAINT \"CHK_91faf15275c997d298bfcfcc66\" CHECK (\"consecutive_failures\" >= 0), CONSTRAINT \"PK_b52cb4811c5ada4f42896c37ba8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_29bdcde9014149e13b395788fb\" ON \"webhook_subscription\"  (\"sequence\") ");
    await queryRunner.query("CREATE INDEX \"IDX_205e24e8f665e32e439d309e85\" ON \"webhook_subscription\"  (\"api_key_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_webhook_subscription_active\" ON \"webhook_subscription\"  (\"api_key_id\") WHERE \"status\" = 'ACTIVE'");
    await queryRunner.query("CREATE TABLE \"webhook_delivery\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sequence\" BIGSERIAL NOT NULL, \"subscription_id\" uuid NOT NULL, \"event\" character varying(100) NOT NULL, \"event_id\" uuid NOT NULL, \"body\" text NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"response_status\" integer, \"last_error\" text, \"duration_ms\" integer, \"last_attempt_at\" TIMESTAMP WITH TIME ZONE, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"redelivery_of_id\" uuid, CONSTRAINT \"CHK_903beb384226bd7d7a8e3c06b2\" CHECK (\"attempts\" >= 0), CONSTRAINT \"PK_b1ae290239a778f12399db91354\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_7b0141abe2b2e336667d12f38d\" ON \"webhook_delivery\"  (\"sequence\") ");
    await queryRunner.query("CREATE INDEX \"IDX_836c5085cb703722bafb74f7e7\" ON \"webhook_delivery\"  (\"subscription_id\", \"sequence\") ");
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" ADD CONSTRAINT \"FK_236a6a1218756223393d1fb5acc\" FOREIGN KEY (\"subscription_id\") REFERENCES \"webhook_subscription\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"webhook_delivery\" DROP CONSTRAINT \"FK_236a6a1218756223393d1fb5acc\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_836c5085cb703722bafb74f7e7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7b0141abe2b2e336667d12f38d\"");
    await queryRunner.query("DROP TABLE \"webhook_delivery\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_webhook_subscription_active\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_205e24e8f665e32e439d309e85\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_29bdcde9014149e13b395788fb\"");
    await queryRunner.query("DROP TABLE \"webhook_subscription\"");
  }
}
