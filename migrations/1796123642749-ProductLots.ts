import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductLots1796123642749 implements MigrationInterface {
  name = 'ProductLots1796123642749';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"lot_product\" AS ENUM('COFFEE_CHERRY', 'GREEN_COFFEE', 'PADDY', 'MILLED_RICE', 'PEPPER', 'DURIAN', 'SUGARCANE', 'MAIZE_GRAIN', 'CASSAVA_ROOT')");
    await queryRunner.query("CREATE TYPE \"public\".\"lot_origin\" AS ENUM('HARVEST', 'SPLIT', 'MERGE')");
    await queryRunner.query("CREATE TYPE \"public\".\"lot_intensity_basis\" AS ENUM('RECORD_YIELD', 'LOT_QUANTITY')");
    await queryRunner.query("CREATE TABLE \"product_lot\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"code\" character varying(40) NOT NULL, \"external_id\" character varying(100), \"crop\" character varying(30) NOT NULL, \"product\" \"public\".\"lot_product\" NOT NULL, \"origin\" \"public\".\"lot_origin\" NOT NULL DEFAULT 'HARVEST', \"organisation_id\" uuid NOT NULL, \"zone_id\" uuid, \"administrative_unit_id\" uuid NOT NULL, \"harvest_year\" integer NOT NULL, \"harvest_from\" date NOT NULL, \"harvest_to\" date NOT NULL, \"quantity_kg\" numeric(13,3) NOT NULL, \"balance_kg\" numeric(13,3) NOT NULL, \"activity_record_ids\" uuid array NOT NULL DEFAULT '{}', \"parent_lot_ids\" uuid array NOT NULL DEFAULT '{}', \"emissions_co2e_kg\" numeric(16,3), \"intensity_kg_co2e_per_kg\" numeric(14,6), \"intensity_basis\" \"public\".\"lot_intensity_basis\", \"intensity_method\" text, \"factor_set_code\" character varying(60), \"gwp_set\" character varying(20), CONSTRAINT \"CHK_d4237f0bf70043cdda9a9df56a\" CHECK (\"harvest_to\" >= \"harvest_from\"), CONSTRAINT \"CHK_cbd95fac96d9fd68590a34982f\" CHECK (\"balance_kg\" >= 0), CONSTRAINT \"CHK_20925e75cfe77cc7a92896ac31\" CHECK (\"quantity_kg\" > 0 AND \"quantity_kg\" <= 1000000000), CONSTRAINT \"PK_14893e5442dc14b68dc3b2919ae\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a0a0c26f17aca03a2f8588888c\" ON \"product_lot\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_013bc646a0c086f1ff52333a76\" ON \"product_lot\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_aeca6bb0e41efa8f8c92d94748\" ON \"product_lot\"  (\"zone_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_79782595fdad60a9f3039f33ee\" ON \"product_lot\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_35af498770fdb359a8368be35e\" ON \"product_lot\"  (\"administrative_unit_id\", \"harvest_year\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_product_lot_live_external_id\" ON \"product_lot\"  (\"administrative_unit_id\", \"external_id\") WHERE \"deleted_at\" IS NULL AND \"external_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_product_lot_code\" ON \"product_lot\"  (\"code\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"lot_event_kind\" AS ENUM('HARVESTED', 'RECEIVED', 'PROCESSED', 'STORED', 'SHIPPED', 'SOLD', 'SPLIT', 'MERGED')");
    await queryRunner.query("CREATE TABLE \"product_lot_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lot_id\" uuid NOT NULL, \"kind\" \"public\".\"lot_event_kind\" NOT NULL, \"quantity_kg\" numeric(13,3) NOT NULL, \"balance_change_kg\" numeric(13,3) NOT NULL, \"yield_ratio\" numeric(7,6), \"date\" date NOT NULL, \"party_organisation_id\" uuid, \"party_name\" character varying(300), \"related_lot_ids\" uuid array NOT NULL DEFAULT '{}', \"recorded_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"CHK_5c255630c9e2b022f0a9f67fbe\" CHECK (\"yield_ratio\" IS NULL OR (\"yield_ratio\" > 0 AND \"yield_ratio\" <= 1)), CONSTRAINT \"CHK_96f3026aadb977c880003a394c\" CHECK (\"quantity_kg\" >= 0), CONSTRAINT \"PK_163d7cac4cf90bea9decbf37036\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_722e8d5d7b2dc08ef7c9d4cecf\" ON \"product_lot_event\"  (\"lot_id\", \"date\") ");
    await queryRunner.query("ALTER TABLE \"product_lot\" ADD CONSTRAINT \"FK_013bc646a0c086f1ff52333a76e\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"product_lot\" ADD CONSTRAINT \"FK_aeca6bb0e41efa8f8c92d947489\" FOREIGN KEY (\"zone_id\") REFERENCES \"production_zone\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"product_lot\" ADD CONSTRAINT \"FK_79782595fdad60a9f3039f33ee6\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"product_lot_event\" ADD CONSTRAINT \"FK_b826421afbc7ce18d2a2f418123\" FOREIGN KEY (\"lot_id\") REFERENCES \"product_lot\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"product_lot_event\" ADD CONSTRAINT \"FK_1e01909cd413bd803a30b44872a\" FOREIGN KEY (\"party_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"product_lot_event\" DROP CONSTRAINT \"FK_1e01909cd413bd803a30b44872a\"");
    await queryRunner.query("ALTER TABLE \"product_lot_event\" DROP CONSTRAINT \"FK_b826421afbc7ce18d2a2f418123\"");
    await queryRunner.query("ALTER TABLE \"product_lot\" DROP CONSTRAINT \"FK_79782595fdad60a9f3039f33ee6\"");
    await queryRunner.query("ALTER TABLE \"product_lot\" DROP CONSTRAINT \"FK_aeca6bb0e41efa8f8c92d947489\"");
    await queryRunner.query("ALTER TABLE \"product_lot\" DROP CONSTRAINT \"FK_013bc646a0c086f1ff52333a76e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_722e8d5d7b2dc08ef7c9d4cecf\"");
    await queryRunner.query("DROP TABLE \"product_lot_event\"");
    await queryRunner.query("DROP TYPE \"public\".\"lot_event_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_product_lot_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_product_lot_live_external_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_35af498770fdb359a8368be35e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_79782595fdad60a9f3039f33ee\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_aeca6bb0e41efa8f8c92d94748\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_013bc646a0c086f1ff52333a76\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a0a0c26f17aca03a2f8588888c\"");
    await queryRunner.query("DROP TABLE \"product_lot\"");
    await queryRunner.query("DROP TYPE \"public\".\"lot_intensity_basis\"");
    await queryRunner.query("DROP TYPE \"public\".\"lot_origin\"");
    await queryRunner.query("DROP TYPE \"public\".\"lot_product\"");
  }
}
