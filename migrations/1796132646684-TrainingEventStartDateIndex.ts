import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingEventStartDateIndex1796132646684 implements MigrationInterface {
  name = 'TrainingEventStartDateIndex1796132646684';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_a73662323f09072a419092d7ad\" ON \"training_event\"  (\"start_date\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a73662323f09072a419092d7ad\"");
  }
}
