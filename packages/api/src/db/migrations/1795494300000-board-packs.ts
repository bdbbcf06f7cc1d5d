import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quarterly board pack (docs/procedure.md, The quarterly board pack): one row per edition of
 * a quarter's pack, its figures computed at drafting (jsonb) and its narrative. An approved pack
 * is frozen: the trigger refuses any change to it, so what went to the board stays as it was.
 * One pack per quarter may be in draft or in review at a time (a partial unique index, for
 * concurrent drafts); a new draft after approval is the next edition.
 */
export class BoardPacks1795494300000 implements MigrationInterface {
  name = 'BoardPacks1795494300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE board_pack (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        period_kind varchar(20) NOT NULL CHECK (period_kind IN ('quarter', 'financialQuarter')),
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        period_label varchar(40) NOT NULL,
        edition integer NOT NULL CHECK (edition >= 1),
        status varchar(20) NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'withdrawn')),
        summary text NOT NULL DEFAULT '',
        commentary jsonb NOT NULL DEFAULT '{}',
        figures jsonb NOT NULL,
        figures_computed_at timestamptz NOT NULL,
        author_id uuid NOT NULL,
        last_edited_by_id uuid NOT NULL,
        approved_by_id uuid,
        approved_at timestamptz,
        withdrawn_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, period_from, period_to, edition),
        FOREIGN KEY (organisation_id, author_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, last_edited_by_id) REFERENCES person(organisation_id, id),
        FOREIGN KEY (organisation_id, approved_by_id) REFERENCES person(organisation_id, id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX board_pack_one_open_per_quarter ON board_pack (organisation_id, period_from, period_to) WHERE status IN ('draft', 'in_review')`,
    );
    await q.query(`
      CREATE FUNCTION board_pack_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'approved' THEN
          RAISE EXCEPTION 'an approved board pack is frozen' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER board_pack_frozen BEFORE UPDATE ON board_pack
        FOR EACH ROW EXECUTE FUNCTION board_pack_is_frozen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE board_pack`);
    await q.query(`DROP FUNCTION board_pack_is_frozen()`);
  }
}
