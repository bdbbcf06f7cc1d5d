import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first migration: an `app_meta` key/value table recording facts about the installation. */
export class Init1795392000000 implements MigrationInterface {
  name = 'Init1795392000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "app_meta" (
        "key" varchar(100) PRIMARY KEY,
        "value" text NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `INSERT INTO "app_meta" ("key", "value") VALUES ('installed_at', now()::text)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "app_meta"`);
  }
}
