import { MigrationInterface, QueryRunner } from 'typeorm';

export class CriteriaSets1796121164323 implements MigrationInterface {
  name = 'CriteriaSets1796121164323';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"criteria_set_status\" AS ENUM('DRAFT', 'ADOPTED', 'SUPERSEDED')");
    await queryRunner.query("CREATE TABLE \"criteria_set\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"crop\" character varying(30) NOT NULL, \"set_version\" integer NOT NULL, \"title\" character varying(500) NOT NULL, \"status\" \"public\".\"criteria_set_status\" NOT NULL, \"decision_number\" character varying(200), \"decision_date\" date, \"decision_body\" character varying(300), \"required_practices\" character varying(40) array NOT NULL DEFAULT '{}', \"thresholds\" jsonb NOT NULL DEFAULT '[]', \"notes\" text, \"superseded_by_id\" uuid, \"superseded_on\" date, CONSTRAINT \"CHK_f2e2619e0f4526a4e377894a28\" CHECK (jsonb_typeof(\"thresholds\") = 'array'), CONSTRAINT \"CHK_a515d66c89a380c18bc67d3d67\" CHECK (\"status\" = 'DRAFT' OR (\"decision_number\" IS NOT NULL AND \"decision_date\" IS NOT NULL AND \"decision_body\" IS NOT NULL)), CONSTRAINT \"CHK_362147afee2cbf6a939b6542b1\" CHECK (\"set_version\" BETWEEN 1 AND 1000), CONSTRAINT \"PK_6717d6b7309a910d3f19f558c04\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_27e494f2adc81d7276b990cf60\" ON \"criteria_set\"  (\"updated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_criteria_set_adopted_crop\" ON \"criteria_set\"  (\"crop\") WHERE \"status\" = 'ADOPTED' AND \"deleted_at\" IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_criteria_set_live_crop_version\" ON \"criteria_set\"  (\"crop\", \"set_version\") WHERE \"deleted_at\" IS NULL");
    await queryRunner.query("ALTER TABLE \"criteria_set\" ADD CONSTRAINT \"FK_d7e20c63ac81f3e3c722bc67206\" FOREIGN KEY (\"superseded_by_id\") REFERENCES \"criteria_set\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"criteria_set\" DROP CONSTRAINT \"FK_d7e20c63ac81f3e3c722bc67206\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_criteria_set_live_crop_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_criteria_set_adopted_crop\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_27e494f2adc81d7276b990cf60\"");
    await queryRunner.query("DROP TABLE \"criteria_set\"");
    await queryRunner.query("DROP TYPE \"public\".\"criteria_set_status\"");
  }
}
