import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResearchStudies1796122082124 implements MigrationInterface {
  name = 'ResearchStudies1796122082124';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"research_study_kind\" AS ENUM('STUDY', 'SCIENCE_TECHNOLOGY_TASK', 'EXPERIMENTAL_MODEL', 'TECHNOLOGY_APPLICATION')");
    await queryRunner.query("CREATE TYPE \"public\".\"research_study_status\" AS ENUM('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"research_study\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE, \"kind\" \"public\".\"research_study_kind\" NOT NULL, \"title\" character varying(500) NOT NULL, \"lead_agency_id\" uuid NOT NULL, \"start_year\" integer NOT NULL, \"end_year\" integer NOT NULL, \"budget_vnd\" numeric(20,0), \"status\" \"public\".\"research_study_status\" NOT NULL, \"results\" text, \"document_urls\" text array NOT NULL DEFAULT '{}', \"pilot_model_id\" uuid, CONSTRAINT \"CHK_a730cd52a13d77a4669ea6aacf\" CHECK (\"pilot_model_id\" IS NULL OR \"kind\" = 'EXPERIMENTAL_MODEL'), CONSTRAINT \"CHK_8c2818d56fd5cfb9a6ff365d88\" CHECK (\"budget_vnd\" IS NULL OR (\"budget_vnd\" >= 0 AND \"budget_vnd\" <= 1000000000000000)), CONSTRAINT \"CHK_68ad336b9c462f6a6880c1b793\" CHECK (\"start_year\" BETWEEN 2026 AND 2035 AND \"end_year\" BETWEEN 2026 AND 2035 AND \"end_year\" >= \"start_year\"), CONSTRAINT \"PK_35cd7a18731c4cbd6e3dd36fe09\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_1b1944983df72862907cd062cc\" ON \"research_study\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a5a772ba7998c7347678cb555e\" ON \"research_study\"  (\"lead_agency_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d0d81174705ce62c56dbba4898\" ON \"research_study\"  (\"kind\", \"start_year\") ");
    await queryRunner.query("ALTER TABLE \"research_study\" ADD CONSTRAINT \"FK_a5a772ba7998c7347678cb555e3\" FOREIGN KEY (\"lead_agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"research_study\" ADD CONSTRAINT \"FK_491804f6ac16768ab1525ba4394\" FOREIGN KEY (\"pilot_model_id\") REFERENCES \"pilot_model\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"research_study\" DROP CONSTRAINT \"FK_491804f6ac16768ab1525ba4394\"");
    await queryRunner.query("ALTER TABLE \"research_study\" DROP CONSTRAINT \"FK_a5a772ba7998c7347678cb555e3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d0d81174705ce62c56dbba4898\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a5a772ba7998c7347678cb555e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1b1944983df72862907cd062cc\"");
    await queryRunner.query("DROP TABLE \"research_study\"");
    await queryRunner.query("DROP TYPE \"public\".\"research_study_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"research_study_kind\"");
  }
}
