import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingEventChangeFeedIndex1796145876667 implements MigrationInterface {
  name = 'TrainingEventChangeFeedIndex1796145876667';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_3b3004498fc1650377cd3afa08\" ON \"training_event\"  (\"updated_at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3b3004498fc1650377cd3afa08\"");
  }
}
