import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductionZones1796121601723 implements MigrationInterface {
  name = 'ProductionZones1796121601723';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"production_zone_status\" AS ENUM('PLANNED', 'FORMING', 'ESTABLISHED', 'DISSOLVED')");
    await queryRunner.query("CREATE TABLE \"production_zone\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"code\" character varying(40) NOT NULL, \"name\" character varying(300) NOT NULL, \"crop\" character varying(30) NOT NULL, \"administrative_unit_ids\" uuid array NOT NULL, \"area_ha\" numeric(12,2) NOT NULL, \"households\" integer NOT NULL, \"member_organisation_ids\" uuid array NOT NULL DEFAULT '{}', \"enterprise_links\" jsonb NOT NULL DEFAULT '[]', \"criteria_set_id\" uuid, \"status\" \"public\".\"production_zone_status\" NOT NULL, \"forming_on\" date, \"established_on\" date, \"dissolved_on\" date, \"boundary\" jsonb, CONSTRAINT \"CHK_445e4793a364da75b16fc13786\" CHECK (jsonb_typeof(\"enterprise_links\") = 'array'), CONSTRAINT \"CHK_b55a06d29063112f8a894a4ffe\" CHECK (\"status\" <> 'DISSOLVED' OR \"dissolved_on\" IS NOT NULL), CONSTRAINT \"CHK_986abd877bd1a901fdf2fe3d6f\" CHECK (\"status\" <> 'ESTABLISHED' OR \"established_on\" IS NOT NULL), CONSTRAINT \"CHK_54694af307beaad3f388bbd3b7\" CHECK (\"dissolved_on\" IS NULL OR \"dissolved_on\" >= COALESCE(\"established_on\", \"forming_on\", \"dissolved_on\")), CONSTRAINT \"CHK_e50169765ad02871c2637fa3c6\" CHECK (\"established_on\" IS NULL OR (\"forming_on\" IS NOT NULL AND \"established_on\" >= \"forming_on\")), CONSTRAINT \"CHK_6b2e88670f028548d3c03d41ef\" CHECK (\"households\" BETWEEN 0 AND 1000000), CONSTRAINT \"CHK_25f8053580a96516e83a2803bc\" CHECK (\"area_ha\" > 0 AND \"area_ha\" <= 1000000), CONSTRAINT \"CHK_b0cd2636de0cd7f177975f8414\" CHECK (cardinality(\"administrative_unit_ids\") BETWEEN 1 AND 50), CONSTRAINT \"PK_40ef9b6a1ed13d9015bcc494f16\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3662f4b7f5b3fb918122534a97\" ON \"production_zone\"  (\"updated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_production_zone_live_code\" ON \"production_zone\"  (\"code\") WHERE \"deleted_at\" IS NULL");
    // Added by hand (the entity declares it with synchronize: false): the "zones spanning this commune" filter.
    await queryRunner.query('CREATE INDEX "IDX_production_zone_units" ON "production_zone" USING gin ("administrative_unit_ids")');
    await queryRunner.query("ALTER TABLE \"production_zone\" ADD CONSTRAINT \"FK_1639e864b4934cb5c404e61a70c\" FOREIGN KEY (\"criteria_set_id\") REFERENCES \"criteria_set\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"production_zone\" DROP CONSTRAINT \"FK_1639e864b4934cb5c404e61a70c\"");
    await queryRunner.query('DROP INDEX "public"."IDX_production_zone_units"');
    await queryRunner.query("DROP INDEX \"public\".\"UQ_production_zone_live_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3662f4b7f5b3fb918122534a97\"");
    await queryRunner.query("DROP TABLE \"production_zone\"");
    await queryRunner.query("DROP TYPE \"public\".\"production_zone_status\"");
  }
}
