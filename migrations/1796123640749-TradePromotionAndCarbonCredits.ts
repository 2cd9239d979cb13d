import { MigrationInterface, QueryRunner } from 'typeorm';

export class TradePromotionAndCarbonCredits1796123640749 implements MigrationInterface {
  name = 'TradePromotionAndCarbonCredits1796123640749';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"carbon_standard\" AS ENUM('VCS_VM0042', 'GOLD_STANDARD', 'DOMESTIC_VN', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"carbon_project_status\" AS ENUM('IDEA', 'PDD_DRAFTED', 'VALIDATED', 'REGISTERED', 'MONITORING', 'VERIFIED', 'ISSUED')");
    await queryRunner.query("CREATE TABLE \"carbon_project\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"name\" character varying(500) NOT NULL, \"standard\" \"public\".\"carbon_standard\" NOT NULL, \"methodology\" text, \"commune_ids\" uuid array NOT NULL, \"organisation_ids\" uuid array NOT NULL DEFAULT '{}', \"area_ha\" numeric(12,2) NOT NULL, \"crediting_from\" date NOT NULL, \"crediting_to\" date NOT NULL, \"buffer_percent\" numeric(5,2) NOT NULL, \"status\" \"public\".\"carbon_project_status\" NOT NULL, CONSTRAINT \"CHK_1092592c0c25aa932e66c45935\" CHECK (cardinality(\"commune_ids\") > 0), CONSTRAINT \"CHK_b865058eb523b5e06a39ef6288\" CHECK (\"area_ha\" > 0 AND \"area_ha\" <= 1000000), CONSTRAINT \"CHK_b7be7624153f6829c06e436dd6\" CHECK (\"buffer_percent\" >= 0 AND \"buffer_percent\" <= 100), CONSTRAINT \"CHK_9be6b4ad92573480ab82bb6f56\" CHECK (\"crediting_to\" > \"crediting_from\"), CONSTRAINT \"PK_f397c0b216b453caf6a8fc9f639\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ce9d52514633b743f54903d0eb\" ON \"carbon_project\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8ea4a515a0f6bba358e8e7a7b4\" ON \"carbon_project\"  (\"status\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"monitoring_period_status\" AS ENUM('ESTIMATED', 'VERIFIED')");
    await queryRunner.query("CREATE TABLE \"carbon_monitoring_period\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"project_id\" uuid NOT NULL, \"from_year\" integer NOT NULL, \"to_year\" integer NOT NULL, \"activity_record_ids\" uuid array NOT NULL, \"baseline_records\" integer NOT NULL, \"actual_records\" integer NOT NULL, \"baseline_co2e_kg\" numeric(20,3) NOT NULL, \"actual_co2e_kg\" numeric(20,3) NOT NULL, \"estimated_tco2e\" numeric(17,3) NOT NULL, \"factor_set_code\" text NOT NULL, \"gwp_set\" text NOT NULL, \"climate_zone\" text NOT NULL, \"method\" text NOT NULL, \"status\" \"public\".\"monitoring_period_status\" NOT NULL, \"verified_tco2e\" numeric(17,3), \"verified_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"CHK_b988b5c586928622a74e779e0b\" CHECK (\"verified_tco2e\" IS NULL OR (\"verified_tco2e\" >= 0 AND \"verified_tco2e\" <= \"estimated_tco2e\")), CONSTRAINT \"CHK_f3a231f53d1af7e372940d6ebd\" CHECK ((\"status\" = 'VERIFIED') = (\"verified_tco2e\" IS NOT NULL)), CONSTRAINT \"CHK_2655a0d118afe03a5d823dd9e2\" CHECK (\"to_year\" >= \"from_year\"), CONSTRAINT \"PK_ff625283a9ebbdb7f3590d7ee70\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_fd78a75f7aaf3161e1dbd0cfbf\" ON \"carbon_monitoring_period\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8cd11ae4e92443911bc387ac6c\" ON \"carbon_monitoring_period\"  (\"project_id\", \"from_year\") ");
    await queryRunner.query("CREATE TABLE \"credit_issuance\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"project_id\" uuid NOT NULL, \"vintage\" integer NOT NULL, \"quantity\" integer NOT NULL, \"registry\" character varying(100) NOT NULL, \"serial_start\" character varying(200) NOT NULL, \"serial_end\" character varying(200) NOT NULL, \"serial_prefix\" character varying(200) NOT NULL, \"serial_suffix\" character varying(200) NOT NULL, \"serial_from\" bigint NOT NULL, \"serial_to\" bigint NOT NULL, \"issued_on\" date NOT NULL, CONSTRAINT \"CHK_980cfc81f0a8c9d5462267ce57\" CHECK (\"quantity\" > 0 AND \"serial_to\" - \"serial_from\" + 1 = \"quantity\"), CONSTRAINT \"PK_845e7738d2d6fb2fa27e4fec6ea\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_588740cd62d2a4838e9f5c1c6f\" ON \"credit_issuance\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bfcb9d3b3fab3b0b6566618df1\" ON \"credit_issuance\"  (\"registry\", \"serial_prefix\", \"serial_from\") ");
    await queryRunner.query("CREATE INDEX \"IDX_99d48302abe12976d9b3eeaa8e\" ON \"credit_issuance\"  (\"project_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"export_contract_status\" AS ENUM('DRAFT', 'SIGNED', 'DELIVERING', 'COMPLETED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"export_contract\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"reference\" character varying(200), \"buyer_country_code\" character(2) NOT NULL, \"product_code\" text NOT NULL, \"volume_tonnes\" numeric(14,3) NOT NULL, \"value_usd_cents\" bigint NOT NULL, \"claimed_lot_codes\" text array NOT NULL DEFAULT '{}', \"claimed_certification_id\" uuid, \"signed_date\" date, \"status\" \"public\".\"export_contract_status\" NOT NULL, \"note\" text, CONSTRAINT \"CHK_ac3f7f069e0e78cf835bd8f4b3\" CHECK (\"status\" = 'DRAFT' OR \"signed_date\" IS NOT NULL), CONSTRAINT \"CHK_ed1568c291c8ae03e4472468c6\" CHECK (\"buyer_country_code\" <> 'VN'), CONSTRAINT \"CHK_1f2296efc5d6ac9d90791f9e2e\" CHECK (\"value_usd_cents\" >= 0 AND \"value_usd_cents\" <= 1000000000000000), CONSTRAINT \"CHK_315bfea7d52dccd467958748c1\" CHECK (\"volume_tonnes\" > 0 AND \"volume_tonnes\" <= 10000000), CONSTRAINT \"PK_0c7b2947758e707596c6abd4d69\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_76e662925d455b38c50f5c6452\" ON \"export_contract\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3c63524214c168f6182468fccf\" ON \"export_contract\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e558682f86580dbf8db3106aa9\" ON \"export_contract\"  (\"status\", \"signed_date\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"trade_event_kind\" AS ENUM('FAIR', 'TRADE_MISSION', 'EXHIBITION', 'BUYER_MEETING', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"trade_event_scope\" AS ENUM('DOMESTIC', 'INTERNATIONAL')");
    await queryRunner.query("CREATE TABLE \"trade_promotion_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"name\" character varying(500) NOT NULL, \"kind\" \"public\".\"trade_event_kind\" NOT NULL, \"scope\" \"public\".\"trade_event_scope\" NOT NULL, \"country_code\" character(2) NOT NULL, \"location\" character varying(500), \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"organisation_ids\" uuid array NOT NULL DEFAULT '{}', \"product_codes\" text array NOT NULL DEFAULT '{}', \"note\" text, CONSTRAINT \"CHK_0c0c56f3198c8d868f26e16702\" CHECK ((\"scope\" = 'DOMESTIC') = (\"country_code\" = 'VN')), CONSTRAINT \"CHK_76b6253cddbf15ef57e60566c0\" CHECK (\"end_date\" >= \"start_date\"), CONSTRAINT \"PK_adddb51e394caa3d6e564a5b139\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7312e4aec92d7d2979efeac7a9\" ON \"trade_promotion_event\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ab065d3b4ddcf3cf4bcdf95154\" ON \"trade_promotion_event\"  (\"start_date\") ");
    await queryRunner.query("ALTER TABLE \"carbon_project\" ADD CONSTRAINT \"FK_a3064752442ed93ba7a47c88ba1\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"carbon_monitoring_period\" ADD CONSTRAINT \"FK_3386d77f29f019b577d708b3299\" FOREIGN KEY (\"project_id\") REFERENCES \"carbon_project\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"credit_issuance\" ADD CONSTRAINT \"FK_99d48302abe12976d9b3eeaa8e1\" FOREIGN KEY (\"project_id\") REFERENCES \"carbon_project\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"export_contract\" ADD CONSTRAINT \"FK_cd3d9bcfc5a1e9cb51851709c60\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"export_contract\" ADD CONSTRAINT \"FK_3c63524214c168f6182468fccfa\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"trade_promotion_event\" ADD CONSTRAINT \"FK_e5991435bbbb80674a8de062c8d\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"trade_promotion_event\" DROP CONSTRAINT \"FK_e5991435bbbb80674a8de062c8d\"");
    await queryRunner.query("ALTER TABLE \"export_contract\" DROP CONSTRAINT \"FK_3c63524214c168f6182468fccfa\"");
    await queryRunner.query("ALTER TABLE \"export_contract\" DROP CONSTRAINT \"FK_cd3d9bcfc5a1e9cb51851709c60\"");
    await queryRunner.query("ALTER TABLE \"credit_issuance\" DROP CONSTRAINT \"FK_99d48302abe12976d9b3eeaa8e1\"");
    await queryRunner.query("ALTER TABLE \"carbon_monitoring_period\" DROP CONSTRAINT \"FK_3386d77f29f019b577d708b3299\"");
    await queryRunner.query("ALTER TABLE \"carbon_project\" DROP CONSTRAINT \"FK_a3064752442ed93ba7a47c88ba1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ab065d3b4ddcf3cf4bcdf95154\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7312e4aec92d7d2979efeac7a9\"");
    await queryRunner.query("DROP TABLE \"trade_promotion_event\"");
    await queryRunner.query("DROP TYPE \"public\".\"trade_event_scope\"");
    await queryRunner.query("DROP TYPE \"public\".\"trade_event_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e558682f86580dbf8db3106aa9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3c63524214c168f6182468fccf\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_76e662925d455b38c50f5c6452\"");
    await queryRunner.query("DROP TABLE \"export_contract\"");
    await queryRunner.query("DROP TYPE \"public\".\"export_contract_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_99d48302abe12976d9b3eeaa8e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bfcb9d3b3fab3b0b6566618df1\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_588740cd62d2a4838e9f5c1c6f\"");
    await queryRunner.query("DROP TABLE \"credit_issuance\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8cd11ae4e92443911bc387ac6c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fd78a75f7aaf3161e1dbd0cfbf\"");
    await queryRunner.query("DROP TABLE \"carbon_monitoring_period\"");
    await queryRunner.query("DROP TYPE \"public\".\"monitoring_period_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8ea4a515a0f6bba358e8e7a7b4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ce9d52514633b743f54903d0eb\"");
    await queryRunner.query("DROP TABLE \"carbon_project\"");
    await queryRunner.query("DROP TYPE \"public\".\"carbon_project_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"carbon_standard\"");
  }
}
