import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndAccess1795936221239 implements MigrationInterface {
  name = 'IdentityAndAccess1795936221239';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"actor_type\" AS ENUM('USER', 'API_KEY', 'ANONYMOUS', 'SYSTEM')");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"sequence\" BIGSERIAL NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_type\" \"public\".\"actor_type\" NOT NULL, \"actor_id\" uuid, \"action\" character varying(100) NOT NULL, \"entity_type\" character varying(60) NOT NULL, \"entity_id\" uuid, \"changes\" jsonb NOT NULL, \"request_id\" character varying(100), \"client_address\" character varying(64), CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_66828d3e1b4bbb935f84fdf544\" ON \"audit_event\"  (\"sequence\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f44b7e9c0d50176bc07e018f63\" ON \"audit_event\"  (\"actor_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c0ea392536b5c4cba7012b6f7b\" ON \"audit_event\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"api_key\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name\" character varying(200) NOT NULL, \"partner_name\" character varying(200) NOT NULL, \"prefix\" character varying(16) NOT NULL, \"secret_hash\" character varying(64) NOT NULL, \"scopes\" text array NOT NULL, \"administrative_unit_ids\" uuid array, \"expires_at\" TIMESTAMP WITH TIME ZONE, \"rate_limit_per_minute\" integer NOT NULL, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, CONSTRAINT \"PK_b1bd840641b8acbaad89c3d8d11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c4f6ccad30c0862eb54af9fb0a\" ON \"api_key\"  (\"prefix\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'PROVINCE_OFFICER', 'AGENCY_OFFICER', 'COMMUNE_OFFICER', 'VERIFIER', 'VIEWER')");
    await queryRunner.query("CREATE TABLE \"user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"email\" character varying(254) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"password_hash\" text NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"agency_id\" uuid, \"administrative_unit_id\" uuid, \"active\" boolean NOT NULL DEFAULT true, \"last_login_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"CHK_ed2f072d35f17d2b698f7e5cd3\" CHECK (\"role\" <> 'AGENCY_OFFICER' OR \"agency_id\" IS NOT NULL), CONSTRAINT \"CHK_f966b69d1cb78874b9118d922f\" CHECK (\"role\" <> 'COMMUNE_OFFICER' OR \"administrative_unit_id\" IS NOT NULL), CONSTRAINT \"PK_cace4a159ff9f2512dd42373760\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e12875dfb3b1d92d7d7c5377e2\" ON \"user\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"IDX_da38a07feb5a323fd8e5e3a232\" ON \"user\"  (\"agency_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fb1d5cb3d655a1b48243416fb7\" ON \"user\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE TABLE \"refresh_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b575dd3c21fb0831013c909e7fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6bbe63d2fe75e7f0ba1710351d\" ON \"refresh_token\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eb31f2a7917404a46e17f539f1\" ON \"refresh_token\"  (\"family_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f0812282fad2e352cdaf83ef0a\" ON \"refresh_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"implementation_plan_status\" AS ENUM('DRAFT', 'ADOPTED')");
    await queryRunner.query("CREATE TABLE \"commune_implementation_plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"administrative_unit_id\" uuid NOT NULL, \"title\" text NOT NULL, \"document_url\" text, \"document_sha256\" character varying(64), \"adopted_on\" date, \"status\" \"public\".\"implementation_plan_status\" NOT NULL, CONSTRAINT \"CHK_f2d4d1e005a06e5cce6824b179\" CHECK (\"status\" <> 'ADOPTED' OR (\"document_url\" IS NOT NULL AND \"adopted_on\" IS NOT NULL)), CONSTRAINT \"PK_557445a19c84e2150df7b58e5e6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_1f5bbf2adfcc23cbe87a51fc4c\" ON \"commune_implementation_plan\"  (\"administrative_unit_id\") ");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"FK_da38a07feb5a323fd8e5e3a232e\" FOREIGN KEY (\"agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user\" ADD CONSTRAINT \"FK_fb1d5cb3d655a1b48243416fb74\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\" FOREIGN KEY (\"user_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"commune_implementation_plan\" ADD CONSTRAINT \"FK_1f5bbf2adfcc23cbe87a51fc4c3\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Hand-added: the audit trail is append-only, even for someone with SQL access through the app's role.
    await queryRunner.query(
      "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
    await queryRunner.query("ALTER TABLE \"commune_implementation_plan\" DROP CONSTRAINT \"FK_1f5bbf2adfcc23cbe87a51fc4c3\"");
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"FK_fb1d5cb3d655a1b48243416fb74\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP CONSTRAINT \"FK_da38a07feb5a323fd8e5e3a232e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1f5bbf2adfcc23cbe87a51fc4c\"");
    await queryRunner.query("DROP TABLE \"commune_implementation_plan\"");
    await queryRunner.query("DROP TYPE \"public\".\"implementation_plan_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f0812282fad2e352cdaf83ef0a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eb31f2a7917404a46e17f539f1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6bbe63d2fe75e7f0ba1710351d\"");
    await queryRunner.query("DROP TABLE \"refresh_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fb1d5cb3d655a1b48243416fb7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_da38a07feb5a323fd8e5e3a232\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e12875dfb3b1d92d7d7c5377e2\"");
    await queryRunner.query("DROP TABLE \"user\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c4f6ccad30c0862eb54af9fb0a\"");
    await queryRunner.query("DROP TABLE \"api_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c0ea392536b5c4cba7012b6f7b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f44b7e9c0d50176bc07e018f63\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_66828d3e1b4bbb935f84fdf544\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP TYPE \"public\".\"actor_type\"");
  }
}
