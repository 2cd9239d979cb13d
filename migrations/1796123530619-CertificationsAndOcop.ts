import { MigrationInterface, QueryRunner } from 'typeorm';

export class CertificationsAndOcop1796123530619 implements MigrationInterface {
  name = 'CertificationsAndOcop1796123530619';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"certification_scheme\" AS ENUM('LOW_EMISSION_LABEL', 'VIETGAP', 'ORGANIC', 'RAINFOREST_ALLIANCE', 'FOUR_C', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"certification_status\" AS ENUM('APPLIED', 'UNDER_REVIEW', 'GRANTED', 'REFUSED', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')");
    await queryRunner.query("CREATE TABLE \"certification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"scheme\" \"public\".\"certification_scheme\" NOT NULL, \"scheme_name\" character varying(200), \"organisation_id\" uuid, \"production_zone_id\" uuid, \"administrative_unit_ids\" uuid array NOT NULL, \"crops\" character varying(30) array NOT NULL, \"area_ha\" numeric(12,2), \"certification_body_id\" uuid, \"certificate_number\" character varying(100), \"status\" \"public\".\"certification_status\" NOT NULL, \"status_reason\" text NOT NULL, \"status_changed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"granted_on\" date, \"valid_from\" date, \"valid_to\" date, \"notes\" text, CONSTRAINT \"CHK_9c5f49568e8677b2fb32dd31bf\" CHECK (\"status\" NOT IN ('GRANTED', 'SUSPENDED', 'EXPIRED') OR \"granted_on\" IS NOT NULL), CONSTRAINT \"CHK_b7b15983f62384d989fec81b9c\" CHECK (\"scheme\" <> 'OTHER' OR \"scheme_name\" IS NOT NULL), CONSTRAINT \"CHK_764cf75437e2ec2e669771f0e6\" CHECK (\"status\" NOT IN ('GRANTED', 'SUSPENDED', 'EXPIRED') OR (\"valid_from\" IS NOT NULL AND \"valid_to\" IS NOT NULL)), CONSTRAINT \"CHK_327d8a0b3695f7578d0f4e8c05\" CHECK (\"valid_from\" IS NULL OR \"valid_to\" IS NULL OR \"valid_from\" <= \"valid_to\"), CONSTRAINT \"CHK_2eff638909e60edd50a6b5e79c\" CHECK (\"area_ha\" IS NULL OR (\"area_ha\" > 0 AND \"area_ha\" <= 1000000)), CONSTRAINT \"CHK_60ff85a869a30e5fa9685f2f5e\" CHECK (cardinality(\"administrative_unit_ids\") BETWEEN 1 AND 50), CONSTRAINT \"CHK_49a1fe64f9b7a2f9b036592900\" CHECK (num_nonnulls(\"organisation_id\", \"production_zone_id\") = 1), CONSTRAINT \"PK_a7364bd3e4a407f67d8165b820c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7099cf2e71f87245af22ae9a67\" ON \"certification\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_certification_production_zone\" ON \"certification\"  (\"production_zone_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_certification_organisation\" ON \"certification\"  (\"organisation_id\") ");
    // Written by hand (the entity declares it with synchronize: false): applications seen by commune, the commune filter.
    await queryRunner.query('CREATE INDEX "IDX_certification_units" ON "certification" USING gin ("administrative_unit_ids")');
    await queryRunner.query("CREATE TABLE \"ocop_product\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"name\" character varying(300) NOT NULL, \"crop\" character varying(30), \"organisation_id\" uuid NOT NULL, \"administrative_unit_id\" uuid NOT NULL, \"star_rating\" integer NOT NULL, \"year_rated\" integer NOT NULL, \"decision_number\" character varying(200), \"re_rated_on\" date array NOT NULL DEFAULT '{}', \"next_re_rating_due\" date, \"low_emission_criteria_note\" text, CONSTRAINT \"CHK_9fbce1c22a46db5a3107ae194f\" CHECK (cardinality(\"re_rated_on\") <= 50), CONSTRAINT \"CHK_9b1605c3f8accf0e22e7a07896\" CHECK (\"year_rated\" BETWEEN 2000 AND 2100), CONSTRAINT \"CHK_f2bd1291219b061bf31a80db78\" CHECK (\"star_rating\" BETWEEN 3 AND 5), CONSTRAINT \"PK_87e3dceca15cbc0d5c4cd2e67b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_02293630a8961f75454e33f2d2\" ON \"ocop_product\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ocop_product_unit\" ON \"ocop_product\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ocop_product_organisation\" ON \"ocop_product\"  (\"organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"certification\" ADD CONSTRAINT \"FK_b1597ffe4abb0d8286d0d63f98d\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certification\" ADD CONSTRAINT \"FK_bb4ebc9df0297ff1f27ed4e05de\" FOREIGN KEY (\"production_zone_id\") REFERENCES \"production_zone\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"certification\" ADD CONSTRAINT \"FK_e2ff2222b3d9d4661378f448ad3\" FOREIGN KEY (\"certification_body_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ocop_product\" ADD CONSTRAINT \"FK_4f0e5e6973a7397e9d8308f7fe8\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"ocop_product\" ADD CONSTRAINT \"FK_44a41a65f51efa7275c9b822076\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"ocop_product\" DROP CONSTRAINT \"FK_44a41a65f51efa7275c9b822076\"");
    await queryRunner.query("ALTER TABLE \"ocop_product\" DROP CONSTRAINT \"FK_4f0e5e6973a7397e9d8308f7fe8\"");
    await queryRunner.query("ALTER TABLE \"certification\" DROP CONSTRAINT \"FK_e2ff2222b3d9d4661378f448ad3\"");
    await queryRunner.query("ALTER TABLE \"certification\" DROP CONSTRAINT \"FK_bb4ebc9df0297ff1f27ed4e05de\"");
    await queryRunner.query("ALTER TABLE \"certification\" DROP CONSTRAINT \"FK_b1597ffe4abb0d8286d0d63f98d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ocop_product_organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ocop_product_unit\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_02293630a8961f75454e33f2d2\"");
    await queryRunner.query("DROP TABLE \"ocop_product\"");
    await queryRunner.query('DROP INDEX "public"."IDX_certification_units"');
    await queryRunner.query("DROP INDEX \"public\".\"IDX_certification_organisation\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_certification_production_zone\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7099cf2e71f87245af22ae9a67\"");
    await queryRunner.query("DROP TABLE \"certification\"");
    await queryRunner.query("DROP TYPE \"public\".\"certification_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"certification_scheme\"");
  }
}
