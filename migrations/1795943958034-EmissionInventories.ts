import { MigrationInterface, QueryRunner } from 'typeorm';

export class EmissionInventories1795943958034 implements MigrationInterface {
  name = 'EmissionInventories1795943958034';

  // Activity records, country-specific factor sets, commune inventories with their result lines, and
  // provincial inventories. Masses are numeric(24,6) so provincial sums are exact; partial unique
  // indexes allow one current inventory per unit and year (and per year for the province).
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"season\" AS ENUM('WHOLE_YEAR', 'WINTER_SPRING', 'SUMMER_AUTUMN', 'AUTUMN_WINTER', 'MAIN')");
    await queryRunner.query("CREATE TYPE \"public\".\"scenario\" AS ENUM('BASELINE', 'ACTUAL')");
    await queryRunner.query("CREATE TYPE \"public\".\"activity_source\" AS ENUM('COMMUNE_SURVEY', 'PARTNER_API', 'PILOT_MEASUREMENT')");
    await queryRunner.query("CREATE TABLE \"activity_record\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"administrative_unit_id\" uuid NOT NULL, \"external_id\" text NOT NULL, \"year\" integer NOT NULL, \"season\" \"public\".\"season\" NOT NULL, \"scenario\" \"public\".\"scenario\" NOT NULL, \"source\" \"public\".\"activity_source\" NOT NULL, \"crop_code\" text NOT NULL, \"area_ha\" numeric NOT NULL, \"activity\" jsonb NOT NULL, \"version\" integer NOT NULL DEFAULT '1', \"plausibility_warnings\" text array NOT NULL DEFAULT '{}', \"recorded_by_type\" text NOT NULL, \"recorded_by_id\" uuid, CONSTRAINT \"CHK_52d85e2f69123304670e68501b\" CHECK (\"area_ha\" > 0), CONSTRAINT \"PK_a7314c500ea63e9981c91dc03a4\" PRIMARY KEY (\"id\")); COMMENT ON COLUMN \"activity_record\".\"recorded_by_type\" IS 'USER or API_KEY'");
    await queryRunner.query("CREATE INDEX \"IDX_3a87f140222ce33409016e23c0\" ON \"activity_record\"  (\"administrative_unit_id\", \"year\", \"scenario\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_bc184558d68a37930b8fc894f2\" ON \"activity_record\"  (\"administrative_unit_id\", \"external_id\") ");
    await queryRunner.query("CREATE TABLE \"factor_set\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" text NOT NULL, \"name\" text NOT NULL, \"description\" text NOT NULL, \"base\" text NOT NULL, \"factors\" jsonb NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fa122b8ede6636b51e3cf0213e1\" PRIMARY KEY (\"id\")); COMMENT ON COLUMN \"factor_set\".\"base\" IS 'Code of the set it overrides.'");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_99ae797867b67aee60a51a647d\" ON \"factor_set\"  (\"code\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"inventory_status\" AS ENUM('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED', 'SUPERSEDED', 'REOPENED')");
    await queryRunner.query("CREATE TABLE \"emission_inventory\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"administrative_unit_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"version\" integer NOT NULL, \"status\" \"public\".\"inventory_status\" NOT NULL, \"factor_set\" text NOT NULL, \"factor_set_chain\" text array NOT NULL, \"gwp_set\" text NOT NULL, \"climate_zone\" text NOT NULL, \"region\" text NOT NULL, \"method\" text NOT NULL, \"input_hash\" character varying(64) NOT NULL, \"total_co2e_kg\" numeric(24,6) NOT NULL, \"emissions_co2e_kg\" numeric(24,6) NOT NULL, \"removals_co2e_kg\" numeric(24,6) NOT NULL, \"indirect_energy_co2e_kg\" numeric(24,6) NOT NULL, \"warnings\" jsonb NOT NULL, \"factors_used\" jsonb NOT NULL, \"record_versions\" jsonb NOT NULL, \"calculated_by_id\" uuid, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"verified_at\" TIMESTAMP WITH TIME ZONE, \"verified_by_id\" uuid, \"status_reason\" text, CONSTRAINT \"PK_f60923cf9cc8be350e9094a2dc5\" PRIMARY KEY (\"id\")); COMMENT ON COLUMN \"emission_inventory\".\"record_versions\" IS 'Activity record id -> the version used.'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_emission_inventory_current\" ON \"emission_inventory\"  (\"administrative_unit_id\", \"year\") WHERE \"status\" IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6bdebcb4745d902782c6c41ad1\" ON \"emission_inventory\"  (\"administrative_unit_id\", \"year\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"inventory_line\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"inventory_id\" uuid NOT NULL, \"line_no\" integer NOT NULL, \"activity_record_id\" uuid NOT NULL, \"crop_code\" text NOT NULL, \"category\" text NOT NULL, \"category_name\" text NOT NULL, \"gas\" text NOT NULL, \"kind\" text NOT NULL, \"mass_kg\" numeric(24,6) NOT NULL, \"co2e_kg\" numeric(24,6) NOT NULL, \"details\" jsonb NOT NULL, CONSTRAINT \"PK_e456a4fc5db4c0cba0b0a2dca42\" PRIMARY KEY (\"id\")); COMMENT ON COLUMN \"inventory_line\".\"activity_record_id\" IS 'The activity record the line was computed from.'");
    await queryRunner.query("CREATE INDEX \"IDX_62ef29fc956a3b48f9fac11de2\" ON \"inventory_line\"  (\"activity_record_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ea68336ffd4a094f4eb844e84c\" ON \"inventory_line\"  (\"inventory_id\", \"line_no\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"provincial_inventory_status\" AS ENUM('DRAFT', 'VERIFIED', 'SUPERSEDED', 'REOPENED')");
    await queryRunner.query("CREATE TABLE \"provincial_inventory\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"year\" integer NOT NULL, \"version\" integer NOT NULL, \"replaces_version\" integer, \"status\" \"public\".\"provincial_inventory_status\" NOT NULL, \"factor_set\" text NOT NULL, \"factor_set_chain\" text array NOT NULL, \"gwp_set\" text NOT NULL, \"method\" text NOT NULL, \"commune_inventory_ids\" uuid array NOT NULL, \"communes_included\" text array NOT NULL, \"communes_missing\" jsonb NOT NULL, \"input_hash\" character varying(64) NOT NULL, \"total_co2e_kg\" numeric(24,6) NOT NULL, \"emissions_co2e_kg\" numeric(24,6) NOT NULL, \"removals_co2e_kg\" numeric(24,6) NOT NULL, \"indirect_energy_co2e_kg\" numeric(24,6) NOT NULL, \"verified_at\" TIMESTAMP WITH TIME ZONE, \"verified_by_id\" uuid, \"status_reason\" text, CONSTRAINT \"PK_fabca16a5f86276b2bc19e3712b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_provincial_inventory_current\" ON \"provincial_inventory\"  (\"year\") WHERE \"status\" IN ('DRAFT', 'VERIFIED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b410df11f9f2c445cc4c5507d7\" ON \"provincial_inventory\"  (\"year\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"provincial_inventory_line\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"inventory_id\" uuid NOT NULL, \"line_no\" integer NOT NULL, \"category\" text NOT NULL, \"category_name\" text NOT NULL, \"gas\" text NOT NULL, \"kind\" text NOT NULL, \"mass_kg\" numeric(24,6) NOT NULL, \"co2e_kg\" numeric(24,6) NOT NULL, CONSTRAINT \"PK_d2ee9e3f10ebbec3021c8cfcc20\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_39ef33a3004c0fc030d32b0cf1\" ON \"provincial_inventory_line\"  (\"inventory_id\", \"line_no\") ");
    await queryRunner.query("ALTER TABLE \"activity_record\" ADD CONSTRAINT \"FK_138ada1406b1c4528729d04c832\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"emission_inventory\" ADD CONSTRAINT \"FK_3fcd60f4708e7108edb3c0c5aef\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD CONSTRAINT \"FK_4224080d63679dda92f8f8dde6c\" FOREIGN KEY (\"inventory_id\") REFERENCES \"emission_inventory\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inventory_line\" ADD CONSTRAINT \"FK_62ef29fc956a3b48f9fac11de22\" FOREIGN KEY (\"activity_record_id\") REFERENCES \"activity_record\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" ADD CONSTRAINT \"FK_02bd23d27a58e811a1cb20de8a7\" FOREIGN KEY (\"inventory_id\") REFERENCES \"provincial_inventory\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provincial_inventory_line\" DROP CONSTRAINT \"FK_02bd23d27a58e811a1cb20de8a7\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP CONSTRAINT \"FK_62ef29fc956a3b48f9fac11de22\"");
    await queryRunner.query("ALTER TABLE \"inventory_line\" DROP CONSTRAINT \"FK_4224080d63679dda92f8f8dde6c\"");
    await queryRunner.query("ALTER TABLE \"emission_inventory\" DROP CONSTRAINT \"FK_3fcd60f4708e7108edb3c0c5aef\"");
    await queryRunner.query("ALTER TABLE \"activity_record\" DROP CONSTRAINT \"FK_138ada1406b1c4528729d04c832\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_39ef33a3004c0fc030d32b0cf1\"");
    await queryRunner.query("DROP TABLE \"provincial_inventory_line\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b410df11f9f2c445cc4c5507d7\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_provincial_inventory_current\"");
    await queryRunner.query("DROP TABLE \"provincial_inventory\"");
    await queryRunner.query("DROP TYPE \"public\".\"provincial_inventory_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ea68336ffd4a094f4eb844e84c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_62ef29fc956a3b48f9fac11de2\"");
    await queryRunner.query("DROP TABLE \"inventory_line\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6bdebcb4745d902782c6c41ad1\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_emission_inventory_current\"");
    await queryRunner.query("DROP TABLE \"emission_inventory\"");
    await queryRunner.query("DROP TYPE \"public\".\"inventory_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_99ae797867b67aee60a51a647d\"");
    await queryRunner.query("DROP TABLE \"factor_set\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bc184558d68a37930b8fc894f2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3a87f140222ce33409016e23c0\"");
    await queryRunner.query("DROP TABLE \"activity_record\"");
    await queryRunner.query("DROP TYPE \"public\".\"activity_source\"");
    await queryRunner.query("DROP TYPE \"public\".\"scenario\"");
    await queryRunner.query("DROP TYPE \"public\".\"season\"");
  }
}
