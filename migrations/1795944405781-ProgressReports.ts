import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressReports1795944405781 implements MigrationInterface {
  name = 'ProgressReports1795944405781';

  // Progress reports (one per task, reporting agency and period) and the due dates the province sets.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"implementation_status\" AS ENUM('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'COMPLETED')");
    await queryRunner.query("CREATE TYPE \"public\".\"report_state\" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')");
    await queryRunner.query("CREATE TABLE \"progress_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"task_id\" uuid NOT NULL, \"reporting_agency_id\" uuid NOT NULL, \"administrative_unit_id\" uuid, \"year\" integer NOT NULL, \"quarter\" integer NOT NULL DEFAULT '0', \"status\" \"public\".\"implementation_status\" NOT NULL, \"state\" \"public\".\"report_state\" NOT NULL DEFAULT 'DRAFT', \"narrative\" text NOT NULL DEFAULT '', \"difficulties\" text NOT NULL DEFAULT '', \"proposals\" text NOT NULL DEFAULT '', \"evidence\" jsonb NOT NULL DEFAULT '[]', \"target_values\" jsonb NOT NULL DEFAULT '[]', \"state_reason\" text, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"approved_at\" TIMESTAMP WITH TIME ZONE, \"approved_by_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"CHK_ed99b80bb1a2d23dd864abfedc\" CHECK (\"quarter\" BETWEEN 0 AND 4), CONSTRAINT \"PK_de44d4f311d5a0132f49f9f0820\" PRIMARY KEY (\"id\")); COMMENT ON COLUMN \"progress_report\".\"administrative_unit_id\" IS 'The commune or ward, when a People''s Committee reports.'");
    await queryRunner.query("CREATE INDEX \"IDX_e80f9ac61361f6bffb00f59ede\" ON \"progress_report\"  (\"administrative_unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_27022a19d2323acb7eb0b66868\" ON \"progress_report\"  (\"year\", \"state\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_progress_report_period\" ON \"progress_report\"  (\"task_id\", \"reporting_agency_id\", \"year\", \"quarter\") ");
    await queryRunner.query("CREATE TABLE \"reporting_deadline\" (\"year\" integer NOT NULL, \"quarter\" integer NOT NULL, \"due_on\" date NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a97096b7959434416d0e2c92b1c\" PRIMARY KEY (\"year\", \"quarter\"))");
    await queryRunner.query("ALTER TABLE \"progress_report\" ADD CONSTRAINT \"FK_1beeaf414b43a87fdd1020f7ab6\" FOREIGN KEY (\"task_id\") REFERENCES \"task\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"progress_report\" ADD CONSTRAINT \"FK_de28e1bdd24bb648deeee3e3ddb\" FOREIGN KEY (\"reporting_agency_id\") REFERENCES \"agency\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"progress_report\" ADD CONSTRAINT \"FK_e80f9ac61361f6bffb00f59ede0\" FOREIGN KEY (\"administrative_unit_id\") REFERENCES \"administrative_unit\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"progress_report\" DROP CONSTRAINT \"FK_e80f9ac61361f6bffb00f59ede0\"");
    await queryRunner.query("ALTER TABLE \"progress_report\" DROP CONSTRAINT \"FK_de28e1bdd24bb648deeee3e3ddb\"");
    await queryRunner.query("ALTER TABLE \"progress_report\" DROP CONSTRAINT \"FK_1beeaf414b43a87fdd1020f7ab6\"");
    await queryRunner.query("DROP TABLE \"reporting_deadline\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_progress_report_period\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_27022a19d2323acb7eb0b66868\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e80f9ac61361f6bffb00f59ede\"");
    await queryRunner.query("DROP TABLE \"progress_report\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_state\"");
    await queryRunner.query("DROP TYPE \"public\".\"implementation_status\"");
  }
}
