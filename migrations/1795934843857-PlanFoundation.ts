import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanFoundation1795934843857 implements MigrationInterface {
  name = 'PlanFoundation1795934843857';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-added: accent-insensitive search over Vietnamese text ("tap huan" finds "tập huấn").
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query("CREATE TYPE \"public\".\"administrative_unit_kind\" AS ENUM('PROVINCE', 'COMMUNE', 'WARD')");
    await queryRunner.query("CREATE TABLE \"administrative_unit\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"code\" character varying(10) NOT NULL, \"name\" character varying NOT NULL, \"kind\" \"public\".\"administrative_unit_kind\" NOT NULL, \"parent_id\" uuid, CONSTRAINT \"PK_b51e6902d8f65da24c6fbd9e672\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c0b4fe52dc5d1db34aaf0cb56b\" ON \"administrative_unit\"  (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_41adb91475f08a58f907023c66\" ON \"administrative_unit\"  (\"parent_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"agency_kind\" AS ENUM('PROVINCIAL_DEPARTMENT', 'MEDIA', 'MINISTRY', 'PEOPLES_COMMITTEE', 'GROUP')");
    await queryRunner.query("CREATE TABLE \"agency\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"code\" character varying(40) NOT NULL, \"name\" character varying NOT NULL, \"name_en\" character varying NOT NULL, \"kind\" \"public\".\"agency_kind\" NOT NULL, \"note\" text, \"administrative_unit_id\" uuid, CONSTRAINT \"PK_ab1244724d1c216e9720635a2e5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fbda24d0286deca69d0b8d30f1\" ON \"agency\"  (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3b16cc54b176365a40685af62a\" ON \"agency\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE TABLE \"agency_group_member\" (\"group_id\" uuid NOT NULL, \"member_id\" uuid NOT NULL, CONSTRAINT \"PK_05fb7b4002a0e7a0ba5ddba0ecc\" PRIMARY KEY (\"group_id\", \"member_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_d4a8ae44ae14eaeed8b6a72730\" ON \"agency_group_member\"  (\"member_id\") ");
    await queryRunner.query("CREATE TABLE \"plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"code\" character varying(60) NOT NULL, \"title\" text NOT NULL, \"start_year\" integer NOT NULL, \"end_year\" integer NOT NULL, \"source_document\" text NOT NULL, CONSTRAINT \"CHK_4148ec1cc7fc73ba08d602d129\" CHECK (\"start_year\" <= \"end_year\"), CONSTRAINT \"PK_54a2b686aed3b637654bf7ddbb3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e405cbb23fb08931a48ad8c2bd\" ON \"plan\"  (\"code\") ");
    await queryRunner.query("CREATE TABLE \"section\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"plan_id\" uuid NOT NULL, \"code\" character varying(10) NOT NULL, \"position\" integer NOT NULL, \"title\" text NOT NULL, CONSTRAINT \"PK_3c41d2d699384cc5e8eac54777d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_dd65c1b33f137185274ed45771\" ON \"section\"  (\"plan_id\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"task\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"plan_id\" uuid NOT NULL, \"section_id\" uuid NOT NULL, \"code\" character varying(20) NOT NULL, \"ordinal\" integer NOT NULL, \"title\" text NOT NULL, \"start_year\" integer NOT NULL, \"end_year\" integer NOT NULL, \"expected_result\" text, \"lead_agency_text\" text NOT NULL, \"coordinating_agency_text\" text NOT NULL, CONSTRAINT \"CHK_584f545879f2359c467f5b779c\" CHECK (\"start_year\" <= \"end_year\"), CONSTRAINT \"PK_fb213f79ee45060ba925ecd576e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_73620fc3cdc308ec576f8ee55f\" ON \"task\"  (\"section_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9db2a731bebc6d0b5ea4ebf61d\" ON \"task\"  (\"plan_id\", \"ordinal\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_789f95f26d67de0a7b99dd0161\" ON \"task\"  (\"plan_id\", \"code\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"target_per\" AS ENUM('YEAR', 'COMMUNE', 'PHASE', 'PERIOD')");
    await queryRunner.query("CREATE TABLE \"target\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"task_id\" uuid NOT NULL, \"metric\" character varying(60) NOT NULL, \"description\" text NOT NULL, \"unit\" character varying(40) NOT NULL, \"min_value\" numeric, \"max_value\" numeric, \"per\" \"public\".\"target_per\" NOT NULL, CONSTRAINT \"CHK_d91cfb6f4822e488373b7d2bc3\" CHECK (\"min_value\" IS NULL OR \"max_value\" IS NULL OR \"min_value\" <= \"max_value\"), CONSTRAINT \"PK_9d962204b13c18851ea88fc72f3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_95f04dbe0df942e03bf2e7cc19\" ON \"target\"  (\"task_id\", \"metric\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"agency_role\" AS ENUM('LEAD', 'COORDINATING')");
    await queryRunner.query("CREATE TABLE \"task_agency\" (\"task_id\" uuid NOT NULL, \"role\" \"public\".\"agency_role\" NOT NULL, \"agency_id\" uuid NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"PK_99c50607b918746e69e164fd131\" PRIMARY KEY (\"task_id\", \"role\", \"agency_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e4c867a06d9336a7d36da2cadf\" ON \"task_agency\"  (\"agency_id\") ");
    await queryRunner.query("ALTER TABLE \"administrative_unit\" ADD CONSTRAINT \"FK_41adb91475f08a58f907023c660\" FOREIGN KEY (\"parent_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agency\" ADD CONSTRAINT \"FK_3b16cc54b176365a40685af62a4\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agency_group_member\" ADD CONSTRAINT \"FK_3f15e137fe8ed203394accd13e6\" FOREIGN KEY (\"group_id\") REFERENCES \"agency\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agency_group_member\" ADD CONSTRAINT \"FK_d4a8ae44ae14eaeed8b6a72730e\" FOREIGN KEY (\"member_id\") REFERENCES \"agency\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"section\" ADD CONSTRAINT \"FK_fc66d9631a0f539c5dd90400728\" FOREIGN KEY (\"plan_id\") REFERENCES \"plan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_861fe9e94ad32e4f9b010e2cf48\" FOREIGN KEY (\"plan_id\") REFERENCES \"plan\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task\" ADD CONSTRAINT \"FK_73620fc3cdc308ec576f8ee55ff\" FOREIGN KEY (\"section_id\") REFERENCES \"section\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"target\" ADD CONSTRAINT \"FK_5b37d266a8e1ec0535dc36d83bb\" FOREIGN KEY (\"task_id\") REFERENCES \"task\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task_agency\" ADD CONSTRAINT \"FK_2225ddeb0e8c0cb959758bd28e3\" FOREIGN KEY (\"task_id\") REFERENCES \"task\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task_agency\" ADD CONSTRAINT \"FK_e4c867a06d9336a7d36da2cadf3\" FOREIGN KEY (\"agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"task_agency\" DROP CONSTRAINT \"FK_e4c867a06d9336a7d36da2cadf3\"");
    await queryRunner.query("ALTER TABLE \"task_agency\" DROP CONSTRAINT \"FK_2225ddeb0e8c0cb959758bd28e3\"");
    await queryRunner.query("ALTER TABLE \"target\" DROP CONSTRAINT \"FK_5b37d266a8e1ec0535dc36d83bb\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_73620fc3cdc308ec576f8ee55ff\"");
    await queryRunner.query("ALTER TABLE \"task\" DROP CONSTRAINT \"FK_861fe9e94ad32e4f9b010e2cf48\"");
    await queryRunner.query("ALTER TABLE \"section\" DROP CONSTRAINT \"FK_fc66d9631a0f539c5dd90400728\"");
    await queryRunner.query("ALTER TABLE \"agency_group_member\" DROP CONSTRAINT \"FK_d4a8ae44ae14eaeed8b6a72730e\"");
    await queryRunner.query("ALTER TABLE \"agency_group_member\" DROP CONSTRAINT \"FK_3f15e137fe8ed203394accd13e6\"");
    await queryRunner.query("ALTER TABLE \"agency\" DROP CONSTRAINT \"FK_3b16cc54b176365a40685af62a4\"");
    await queryRunner.query("ALTER TABLE \"administrative_unit\" DROP CONSTRAINT \"FK_41adb91475f08a58f907023c660\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e4c867a06d9336a7d36da2cadf\"");
    await queryRunner.query("DROP TABLE \"task_agency\"");
    await queryRunner.query("DROP TYPE \"public\".\"agency_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_95f04dbe0df942e03bf2e7cc19\"");
    await queryRunner.query("DROP TABLE \"target\"");
    await queryRunner.query("DROP TYPE \"public\".\"target_per\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_789f95f26d67de0a7b99dd0161\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9db2a731bebc6d0b5ea4ebf61d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_73620fc3cdc308ec576f8ee55f\"");
    await queryRunner.query("DROP TABLE \"task\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dd65c1b33f137185274ed45771\"");
    await queryRunner.query("DROP TABLE \"section\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e405cbb23fb08931a48ad8c2bd\"");
    await queryRunner.query("DROP TABLE \"plan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d4a8ae44ae14eaeed8b6a72730\"");
    await queryRunner.query("DROP TABLE \"agency_group_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3b16cc54b176365a40685af62a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fbda24d0286deca69d0b8d30f1\"");
    await queryRunner.query("DROP TABLE \"agency\"");
    await queryRunner.query("DROP TYPE \"public\".\"agency_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_41adb91475f08a58f907023c66\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c0b4fe52dc5d1db34aaf0cb56b\"");
    await queryRunner.query("DROP TABLE \"administrative_unit\"");
    await queryRunner.query("DROP TYPE \"public\".\"administrative_unit_kind\"");
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
