import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeFeedIndexes1796141035989 implements MigrationInterface {
  name = 'ChangeFeedIndexes1796141035989';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_fe1a29b6a294ff7b6c79192013\" ON \"organisation\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_abb73b5a94dcfa3c0198dad391\" ON \"course\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ebb9a3e96ce18d7ca69d7d70d5\" ON \"course_lesson\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_665eb4d896b11a78ca78145e4b\" ON \"farmer_account\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_195d1c3aaa20d08d98a7303a0c\" ON \"course_enrolment\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a3ddb717a4053388ccba2813a7\" ON \"material\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8fa19bc0cc9c756cbb067f8689\" ON \"pilot_model\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9bdb74d64b68bd49f094d7b22f\" ON \"carbon_project\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_22a7b9dcb0eb3967b0df583c8c\" ON \"carbon_monitoring_period\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_17870e911098d09c45d3f320fa\" ON \"credit_issuance\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_02f63d7aae6f066235d621fc5c\" ON \"criteria_set\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e963d24fc8130d399b14462314\" ON \"production_zone\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_359e610f0238176ed70b159ddb\" ON \"certification\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fadda7e787a56add0910f0f9c0\" ON \"ocop_product\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8baf51cb750fdda8e79d709715\" ON \"crop_conversion\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_60e5b73f8256e842f216ea3f6f\" ON \"crop_plan\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eb8f565f8902a564545ebb642f\" ON \"planning_review\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_152d6a56744fdb44ac37ee90eb\" ON \"programme_integration\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_901498cb724c0a0bc4ae2d51eb\" ON \"infrastructure_work\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_57e4051cd0c8f663cac97e1af7\" ON \"product_lot\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b9badb9725b226253f565ec81c\" ON \"plan_report_approval\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_792566abd9bf203f52300dee48\" ON \"research_study\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_79ddd0e311c4dded9175b37c72\" ON \"export_contract\"  (\"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_068675024e20ef4b8692122c37\" ON \"trade_promotion_event\"  (\"updated_at\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_068675024e20ef4b8692122c37\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_79ddd0e311c4dded9175b37c72\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_792566abd9bf203f52300dee48\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b9badb9725b226253f565ec81c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_57e4051cd0c8f663cac97e1af7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_901498cb724c0a0bc4ae2d51eb\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_152d6a56744fdb44ac37ee90eb\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eb8f565f8902a564545ebb642f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_60e5b73f8256e842f216ea3f6f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8baf51cb750fdda8e79d709715\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fadda7e787a56add0910f0f9c0\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_359e610f0238176ed70b159ddb\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e963d24fc8130d399b14462314\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_02f63d7aae6f066235d621fc5c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_17870e911098d09c45d3f320fa\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_22a7b9dcb0eb3967b0df583c8c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9bdb74d64b68bd49f094d7b22f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8fa19bc0cc9c756cbb067f8689\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a3ddb717a4053388ccba2813a7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_195d1c3aaa20d08d98a7303a0c\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_665eb4d896b11a78ca78145e4b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ebb9a3e96ce18d7ca69d7d70d5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_abb73b5a94dcfa3c0198dad391\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fe1a29b6a294ff7b6c79192013\"");
  }
}
