import { MigrationInterface, QueryRunner } from 'typeorm';

export class BudgetAndInspections1795944515958 implements MigrationInterface {
  name = 'BudgetAndInspections1795944515958';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"funding_source\" AS ENUM('PROVINCIAL_BUDGET', 'CENTRAL_BUDGET', 'ODA', 'PRIVATE', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"budget_line\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"task_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"funding_source\" \"public\".\"funding_source\" NOT NULL, \"administrative_unit_id\" uuid, \"proposed_vnd\" numeric(20,0) NOT NULL, \"approved_vnd\" numeric(20,0) NOT NULL, \"disbursed_vnd\" numeric(20,0) NOT NULL, \"note\" text, \"version\" integer NOT NULL, CONSTRAINT \"CHK_9ad85f4ea5e27f75489798d85b\" CHECK (\"disbursed_vnd\" <= \"approved_vnd\"), CONSTRAINT \"CHK_b9d872a6d5bc7b4db062f9c154\" CHECK (\"proposed_vnd\" >= 0 AND \"approved_vnd\" >= 0 AND \"disbursed_vnd\" >= 0), CONSTRAINT \"CHK_2abe7ea8e36501d81db00817c8\" CHECK (\"year\" BETWEEN 2026 AND 2035), CONSTRAINT \"PK_18b9f7e8a4626eb7f1fd4a63f57\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f841769a0358501b91d7e08464\" ON \"budget_line\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_99894b492de4c0b082fc5d15f4\" ON \"budget_line\"  (\"year\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_budget_line_unit\" ON \"budget_line\"  (\"task_id\", \"year\", \"funding_source\", \"administrative_unit_id\") WHERE \"administrative_unit_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_budget_line_provincial\" ON \"budget_line\"  (\"task_id\", \"year\", \"funding_source\") WHERE \"administrative_unit_id\" IS NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"inspection_subject_kind\" AS ENUM('TASK', 'PILOT', 'COMMUNE')");
    await queryRunner.query("CREATE TABLE \"inspection\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"inspected_on\" date NOT NULL, \"subject_kind\" \"public\".\"inspection_subject_kind\" NOT NULL, \"task_id\" uuid, \"pilot_model_id\" uuid, \"administrative_unit_id\" uuid, \"inspecting_agency_id\" uuid NOT NULL, \"findings\" text NOT NULL, \"version\" integer NOT NULL, CONSTRAINT \"CHK_98be00448ca8412dfb91ca63d3\" CHECK ((\"subject_kind\" = 'TASK') = (\"task_id\" IS NOT NULL) AND (\"subject_kind\" = 'PILOT') = (\"pilot_model_id\" IS NOT NULL) AND (\"subject_kind\" = 'COMMUNE') = (\"administrative_unit_id\" IS NOT NULL)), CONSTRAINT \"PK_1e895c2ae7b7d9d1ec464950013\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0e864a4a0e5aabf5352424ee11\" ON \"inspection\"  (\"task_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_66e5140315e49f6eb905939bd3\" ON \"inspection\"  (\"pilot_model_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_212ca3f0352a21390187e21a12\" ON \"inspection\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2d1e0573a4c4a3a1bf3d2074a0\" ON \"inspection\"  (\"inspecting_agency_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b2df046c15f9a70edad1805bad\" ON \"inspection\"  (\"inspected_on\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"follow_up_status\" AS ENUM('OPEN', 'DONE', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"follow_up_action\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"inspection_id\" uuid NOT NULL, \"description\" text NOT NULL, \"responsible_agency_id\" uuid, \"responsible_unit_id\" uuid, \"due_on\" date NOT NULL, \"status\" \"public\".\"follow_up_status\" NOT NULL DEFAULT 'OPEN', \"completed_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL, CONSTRAINT \"CHK_33a362cc70c0ecb84651a95128\" CHECK (\"responsible_agency_id\" IS NULL OR \"responsible_unit_id\" IS NULL), CONSTRAINT \"CHK_cebc1a9ac6ac40cad1f9cfd2b3\" CHECK ((\"status\" = 'DONE') = (\"completed_at\" IS NOT NULL)), CONSTRAINT \"PK_6fed9fa349f171e94ce34ecacbd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c787fd1cdfcf84f8341dd56967\" ON \"follow_up_action\"  (\"inspection_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_811c403eeefb4230f24a6ffe9b\" ON \"follow_up_action\"  (\"status\", \"due_on\") ");
    await queryRunner.query("ALTER TABLE \"budget_line\" ADD CONSTRAINT \"FK_644c0ccd64be7069c4f8a62fcd7\" FOREIGN KEY (\"task_id\") REFERENCES \"task\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"budget_line\" ADD CONSTRAINT \"FK_f841769a0358501b91d7e084642\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inspection\" ADD CONSTRAINT \"FK_0e864a4a0e5aabf5352424ee118\" FOREIGN KEY (\"task_id\") REFERENCES \"task\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inspection\" ADD CONSTRAINT \"FK_212ca3f0352a21390187e21a122\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inspection\" ADD CONSTRAINT \"FK_2d1e0573a4c4a3a1bf3d2074a0d\" FOREIGN KEY (\"inspecting_agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"follow_up_action\" ADD CONSTRAINT \"FK_c787fd1cdfcf84f8341dd56967e\" FOREIGN KEY (\"inspection_id\") REFERENCES \"inspection\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"follow_up_action\" ADD CONSTRAINT \"FK_9cad53f3369627833ed93bc0170\" FOREIGN KEY (\"responsible_agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"follow_up_action\" ADD CONSTRAINT \"FK_d708a49ef0b9070db3bd9ea835e\" FOREIGN KEY (\"responsible_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"follow_up_action\" DROP CONSTRAINT \"FK_d708a49ef0b9070db3bd9ea835e\"");
    await queryRunner.query("ALTER TABLE \"follow_up_action\" DROP CONSTRAINT \"FK_9cad53f3369627833ed93bc0170\"");
    await queryRunner.query("ALTER TABLE \"follow_up_action\" DROP CONSTRAINT \"FK_c787fd1cdfcf84f8341dd56967e\"");
    await queryRunner.query("ALTER TABLE \"inspection\" DROP CONSTRAINT \"FK_2d1e0573a4c4a3a1bf3d2074a0d\"");
    await queryRunner.query("ALTER TABLE \"inspection\" DROP CONSTRAINT \"FK_212ca3f0352a21390187e21a122\"");
    await queryRunner.query("ALTER TABLE \"inspection\" DROP CONSTRAINT \"FK_0e864a4a0e5aabf5352424ee118\"");
    await queryRunner.query("ALTER TABLE \"budget_line\" DROP CONSTRAINT \"FK_f841769a0358501b91d7e084642\"");
    await queryRunner.query("ALTER TABLE \"budget_line\" DROP CONSTRAINT \"FK_644c0ccd64be7069c4f8a62fcd7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_811c403eeefb4230f24a6ffe9b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c787fd1cdfcf84f8341dd56967\"");
    await queryRunner.query("DROP TABLE \"follow_up_action\"");
    await queryRunner.query("DROP TYPE \"public\".\"follow_up_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b2df046c15f9a70edad1805bad\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_2d1e0573a4c4a3a1bf3d2074a0\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_212ca3f0352a21390187e21a12\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_66e5140315e49f6eb905939bd3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0e864a4a0e5aabf5352424ee11\"");
    await queryRunner.query("DROP TABLE \"inspection\"");
    await queryRunner.query("DROP TYPE \"public\".\"inspection_subject_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_budget_line_provincial\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_budget_line_unit\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_99894b492de4c0b082fc5d15f4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f841769a0358501b91d7e08464\"");
    await queryRunner.query("DROP TABLE \"budget_line\"");
    await queryRunner.query("DROP TYPE \"public\".\"funding_source\"");
  }
}
