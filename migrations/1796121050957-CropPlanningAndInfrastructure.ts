import { MigrationInterface, QueryRunner } from 'typeorm';

export class CropPlanningAndInfrastructure1796121050957 implements MigrationInterface {
  name = 'CropPlanningAndInfrastructure1796121050957';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"conversion_status\" AS ENUM('PLANNED', 'DONE')");
    await queryRunner.query("CREATE TABLE \"crop_conversion\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"from_crop\" character varying(30) NOT NULL, \"to_crop\" character varying(30) NOT NULL, \"area_ha\" numeric(12,2) NOT NULL, \"status\" \"public\".\"conversion_status\" NOT NULL, \"to_crop_perennial\" boolean NOT NULL, \"note\" text, CONSTRAINT \"CHK_95b8a65304fac1d404fe4338ff\" CHECK (\"from_crop\" <> \"to_crop\"), CONSTRAINT \"CHK_78197db7c93a37d2328bab5e61\" CHECK (\"area_ha\" > 0 AND \"area_ha\" <= 1000000), CONSTRAINT \"CHK_d605721d071599f3394c84fd1c\" CHECK (\"year\" BETWEEN 2026 AND 2035), CONSTRAINT \"PK_170213652bb48c13f7471ec3d88\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_83010198e9453d624b48aa0086\" ON \"crop_conversion\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b9b2194f30994c9ecab2a5af2b\" ON \"crop_conversion\"  (\"administrative_unit_id\", \"year\") ");
    await queryRunner.query("CREATE INDEX \"IDX_db0710110da2b38e1a63d1bf3b\" ON \"crop_conversion\"  (\"year\", \"to_crop\") ");
    await queryRunner.query("CREATE TABLE \"crop_plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"crop\" character varying(30) NOT NULL, \"year\" integer NOT NULL, \"planned_area_ha\" numeric(12,2) NOT NULL, \"planned_yield_tonnes_per_ha\" numeric(10,3), \"planned_production_tonnes\" numeric(14,3), \"note\" text, CONSTRAINT \"CHK_8918e5cdcffcb54e46ae190bf1\" CHECK (\"planned_production_tonnes\" IS NULL OR \"planned_production_tonnes\" BETWEEN 0 AND 100000000), CONSTRAINT \"CHK_a291d124b06b4975ce32ebed53\" CHECK (\"planned_yield_tonnes_per_ha\" IS NULL OR \"planned_yield_tonnes_per_ha\" BETWEEN 0 AND 1000), CONSTRAINT \"CHK_cb884458d305bac85a74b63ae9\" CHECK (\"planned_area_ha\" > 0 AND \"planned_area_ha\" <= 1000000), CONSTRAINT \"CHK_a10ef45d3a20ee3b3925753e23\" CHECK (\"year\" BETWEEN 2026 AND 2035), CONSTRAINT \"PK_97b0d8f1a3b4b42d75e0d8c43e9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_189456d7c6e65f8092fdcb70ac\" ON \"crop_plan\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e851456de923a29ac8c2a64849\" ON \"crop_plan\"  (\"year\", \"crop\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_crop_plan_live_unit_crop_year\" ON \"crop_plan\"  (\"administrative_unit_id\", \"crop\", \"year\") WHERE \"deleted_at\" IS NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"reviewed_plan_kind\" AS ENUM('AGRICULTURE_DEVELOPMENT', 'CROP_LAND', 'ENVIRONMENTAL_PROTECTION', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"reviewed_plan_level\" AS ENUM('PROVINCIAL', 'COMMUNE')");
    await queryRunner.query("CREATE TABLE \"planning_review\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"plan_title\" text NOT NULL, \"plan_kind\" \"public\".\"reviewed_plan_kind\" NOT NULL, \"plan_level\" \"public\".\"reviewed_plan_level\" NOT NULL, \"plan_reference\" character varying(300), \"reviewed_on\" date NOT NULL, \"findings\" text NOT NULL, \"proposals\" text array NOT NULL, \"decision_number\" character varying(300), \"decision_date\" date, \"decision_body\" character varying(300), CONSTRAINT \"CHK_67d7f0a4f319ba42fdb3ab8d12\" CHECK (\"decision_date\" IS NULL OR \"decision_date\" >= \"reviewed_on\"), CONSTRAINT \"CHK_c141cf58566a0dc36a961530b0\" CHECK (\"decision_number\" IS NULL OR \"decision_date\" IS NOT NULL), CONSTRAINT \"PK_0ae62ab35f87c155ea1ffc846c2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_85f7b563d91504e4868a7d5996\" ON \"planning_review\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5b8d66b36e7bdf16bd637e3414\" ON \"planning_review\"  (\"administrative_unit_id\", \"reviewed_on\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"programme_integration_status\" AS ENUM('PLANNED', 'INTEGRATED', 'COMPLETED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"programme_integration\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"programme_name\" text NOT NULL, \"programme_code\" character varying(50), \"owner_agency_id\" uuid NOT NULL, \"criteria\" text array NOT NULL, \"start_year\" integer NOT NULL, \"end_year\" integer NOT NULL, \"status\" \"public\".\"programme_integration_status\" NOT NULL, \"note\" text, CONSTRAINT \"CHK_f1209e46620b1705de522a0876\" CHECK (\"start_year\" BETWEEN 2026 AND 2035 AND \"end_year\" BETWEEN 2026 AND 2035 AND \"end_year\" >= \"start_year\"), CONSTRAINT \"PK_b4403eb99b41b17d774745106c3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e93e42d160f84a899735952502\" ON \"programme_integration\"  (\"updated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_programme_integration_live_code\" ON \"programme_integration\"  (\"programme_code\") WHERE \"deleted_at\" IS NULL AND \"programme_code\" IS NOT NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"infrastructure_kind\" AS ENUM('IRRIGATION', 'ON_FARM_CANAL', 'ROAD', 'DRYING_YARD', 'STORAGE', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"infrastructure_status\" AS ENUM('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'SUSPENDED')");
    await queryRunner.query("CREATE TABLE \"infrastructure_work\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"administrative_unit_id\" uuid NOT NULL, \"kind\" \"public\".\"infrastructure_kind\" NOT NULL, \"name\" text NOT NULL, \"area_served_ha\" numeric(12,2) NOT NULL, \"enables_alternate_wetting_drying\" boolean NOT NULL, \"investment_vnd\" numeric(20,0) NOT NULL, \"budget_line_id\" uuid, \"status\" \"public\".\"infrastructure_status\" NOT NULL, \"completed_on\" date, \"note\" text, CONSTRAINT \"CHK_649c0a5703d8ac27b7651336c6\" CHECK ((\"status\" = 'COMPLETED') = (\"completed_on\" IS NOT NULL)), CONSTRAINT \"CHK_6b6ec7daaee774c1759f63efe5\" CHECK (\"investment_vnd\" >= 0 AND \"investment_vnd\" <= 1000000000000000), CONSTRAINT \"CHK_9aafbdc59ddf33f990fb727685\" CHECK (\"area_served_ha\" >= 0 AND \"area_served_ha\" <= 1000000), CONSTRAINT \"PK_fb69949ea1d194b2611a8658222\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_657761acea55f9ccfc4e06243b\" ON \"infrastructure_work\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0a2a60af9ec463950da39f0af5\" ON \"infrastructure_work\"  (\"status\", \"completed_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bcc3f1524cef2053ff25b4d215\" ON \"infrastructure_work\"  (\"administrative_unit_id\", \"status\") ");
    await queryRunner.query("ALTER TABLE \"crop_conversion\" ADD CONSTRAINT \"FK_318916df090fba3f2b807d11f51\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"crop_plan\" ADD CONSTRAINT \"FK_4b30cd4f54052a79b2fa39116c9\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"planning_review\" ADD CONSTRAINT \"FK_d473990479244b5eb0dd25a30da\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_integration\" ADD CONSTRAINT \"FK_f0519735c8b585cfb37b58a0157\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_integration\" ADD CONSTRAINT \"FK_577175cc6417f22ff0289e16abb\" FOREIGN KEY (\"owner_agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"infrastructure_work\" ADD CONSTRAINT \"FK_77a020f2c9edaae0b88e827604e\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"infrastructure_work\" DROP CONSTRAINT \"FK_77a020f2c9edaae0b88e827604e\"");
    await queryRunner.query("ALTER TABLE \"programme_integration\" DROP CONSTRAINT \"FK_577175cc6417f22ff0289e16abb\"");
    await queryRunner.query("ALTER TABLE \"programme_integration\" DROP CONSTRAINT \"FK_f0519735c8b585cfb37b58a0157\"");
    await queryRunner.query("ALTER TABLE \"planning_review\" DROP CONSTRAINT \"FK_d473990479244b5eb0dd25a30da\"");
    await queryRunner.query("ALTER TABLE \"crop_plan\" DROP CONSTRAINT \"FK_4b30cd4f54052a79b2fa39116c9\"");
    await queryRunner.query("ALTER TABLE \"crop_conversion\" DROP CONSTRAINT \"FK_318916df090fba3f2b807d11f51\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bcc3f1524cef2053ff25b4d215\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0a2a60af9ec463950da39f0af5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_657761acea55f9ccfc4e06243b\"");
    await queryRunner.query("DROP TABLE \"infrastructure_work\"");
    await queryRunner.query("DROP TYPE \"public\".\"infrastructure_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"infrastructure_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_programme_integration_live_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e93e42d160f84a899735952502\"");
    await queryRunner.query("DROP TABLE \"programme_integration\"");
    await queryRunner.query("DROP TYPE \"public\".\"programme_integration_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_5b8d66b36e7bdf16bd637e3414\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_85f7b563d91504e4868a7d5996\"");
    await queryRunner.query("DROP TABLE \"planning_review\"");
    await queryRunner.query("DROP TYPE \"public\".\"reviewed_plan_level\"");
    await queryRunner.query("DROP TYPE \"public\".\"reviewed_plan_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_crop_plan_live_unit_crop_year\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e851456de923a29ac8c2a64849\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_189456d7c6e65f8092fdcb70ac\"");
    await queryRunner.query("DROP TABLE \"crop_plan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_db0710110da2b38e1a63d1bf3b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b9b2194f30994c9ecab2a5af2b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_83010198e9453d624b48aa0086\"");
    await queryRunner.query("DROP TABLE \"crop_conversion\"");
    await queryRunner.query("DROP TYPE \"public\".\"conversion_status\"");
  }
}
