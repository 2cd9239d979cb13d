import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person identity for the distinct-trained-farmers count (task III.5), kept by the database as rows
 * are written, so counting is `count(DISTINCT person_id)` instead of matching every attendee row of
 * the year in the API.
 *
 * Rows sharing a phone or an external id are one person, through any chain of such rows, across all
 * events and years; a training-app farmer's own id counts as an external id. `person_identifier` maps
 * each identifier ("phone:+84…", "ext:…") to its person. An attendee gets its person when inserted; a
 * changed phone or external id, or an erased account phone, rebuilds that person from the rows as they
 * are now, so a corrected typo also undoes the match it caused. Identity changes take one transaction advisory lock, and every
 * statement that writes attendees takes it before it touches a row, so they are serial and cannot
 * deadlock with each other.
 */
const LOCK = 'pg_advisory_xact_lock(7365021800411)';

export class TrainedPersonIdentity1796143152002 implements MigrationInterface {
  name = 'TrainedPersonIdentity1796143152002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "person_identifier" ("key" character varying(130) NOT NULL, "person_id" uuid NOT NULL,
      CONSTRAINT "PK_person_identifier" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_person_identifier_person" ON "person_identifier" ("person_id")`);
    await queryRunner.query(`ALTER TABLE "training_attendee" ADD "person_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_training_attendee_person" ON "training_attendee" ("person_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_training_attendee_event_group_person" ON "training_attendee" ("training_event_id", "group", "person_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_training_attendee_phone" ON "training_attendee" ("phone")`);
    await queryRunner.query(`CREATE INDEX "IDX_training_attendee_external_id" ON "training_attendee" ("external_id")`);

    await queryRunner.query(`CREATE FUNCTION person_keys(phone text, external_id text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
      SELECT array_remove(ARRAY['phone:' || phone, 'ext:' || external_id], NULL) $$`);
    // The person of these identifiers: a new one, the one they share, or, when they join several, the
    // largest of them with the others merged into it. This and rebuild_person look rows up by key or by
    // person only; their plans are cached per session, and one made while a table was small would scan it
    // whole for as long as the session lasts: hence no sequential scans.
    await queryRunner.query(`CREATE FUNCTION resolve_person(keys text[]) RETURNS uuid LANGUAGE plpgsql SET enable_seqscan = off AS $$
      DECLARE found uuid[]; chosen uuid;
      BEGIN
        PERFORM ${LOCK};
        SELECT array_agg(DISTINCT person_id ORDER BY person_id) INTO found FROM person_identifier WHERE key = ANY(keys);
        IF found IS NULL THEN
          chosen := gen_random_uuid();
        ELSE
          chosen := found[1];
          IF cardinality(found) > 1 THEN
            -- The person with the most identifiers keeps its id, so a merge rewrites the smaller ones.
            SELECT person_id INTO chosen FROM person_identifier WHERE person_id = ANY(found)
             GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1;
            UPDATE person_identifier SET person_id = chosen WHERE person_id = ANY(found) AND person_id <> chosen;
            UPDATE training_attendee SET person_id = chosen WHERE person_id = ANY(found) AND person_id <> chosen;
          END IF;
        END IF;
        INSERT INTO person_identifier (key, person_id) SELECT k, chosen FROM unnest(keys) AS k ON CONFLICT (key) DO NOTHING;
        RETURN chosen;
      END $$`);
    // Forgets a person and resolves each of its rows again from their identifiers as they are now.
    await queryRunner.query(`CREATE FUNCTION rebuild_person(person uuid) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off AS $$
      DECLARE r record; gone text[];
      BEGIN
        PERFORM ${LOCK};
        WITH deleted AS (DELETE FROM person_identifier WHERE person_id = person RETURNING key) SELECT array_agg(key) INTO gone FROM deleted;
        FOR r IN SELECT id, person_keys(phone, external_id) AS keys FROM training_attendee WHERE person_id = person LOOP
          UPDATE training_attendee SET person_id = resolve_person(r.keys) WHERE id = r.id;
        END LOOP;
        -- Accounts have no person column: their identifiers are all there is to rebuild.
        FOR r IN SELECT person_keys(f.phone, f.id::text) AS keys FROM farmer_account f WHERE 'ext:' || f.id::text = ANY(gone) LOOP
          PERFORM resolve_person(r.keys);
        END LOOP;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION lock_person_identity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM ${LOCK}; RETURN NULL; END $$`);
    await queryRunner.query(`CREATE FUNCTION training_attendee_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.person_id := resolve_person(person_keys(NEW.phone, NEW.external_id));
          RETURN NEW;
        END IF;
        IF (OLD.phone, OLD.external_id) IS DISTINCT FROM (NEW.phone, NEW.external_id) THEN
          -- The row's person now (a merge since the update may have moved it), rebuilt from the rows as they are.
          PERFORM rebuild_person((SELECT person_id FROM training_attendee WHERE id = NEW.id));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION farmer_account_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM resolve_person(person_keys(NEW.phone, NEW.id::text));
        ELSIF OLD.phone IS DISTINCT FROM NEW.phone THEN
          PERFORM rebuild_person((SELECT person_id FROM person_identifier WHERE key = 'ext:' || NEW.id::text));
        END IF;
        RETURN NULL;
      END $$`);
    // Merges update attendee rows: a statement that writes attendees holds the lock before its own row locks.
    // (Identity work only reads accounts, so their writes need no lock before their rows.)
    await queryRunner.query(
      `CREATE TRIGGER training_attendee_person_lock BEFORE INSERT OR UPDATE OR DELETE ON training_attendee FOR EACH STATEMENT EXECUTE FUNCTION lock_person_identity()`,
    );
    await queryRunner.query(`CREATE TRIGGER training_attendee_person_insert BEFORE INSERT ON training_attendee FOR EACH ROW EXECUTE FUNCTION training_attendee_person()`);
    await queryRunner.query(
      `CREATE TRIGGER training_attendee_person_update AFTER UPDATE OF phone, external_id ON training_attendee FOR EACH ROW EXECUTE FUNCTION training_attendee_person()`,
    );
    await queryRunner.query(`CREATE TRIGGER farmer_account_person AFTER INSERT OR UPDATE OF phone ON farmer_account FOR EACH ROW EXECUTE FUNCTION farmer_account_person()`);

    // Existing rows, all at once: each row takes the smallest label of the rows it shares an identifier
    // with, until no label changes (as many rounds as the longest chain is long); a label is a person.
    await queryRunner.query(`SELECT ${LOCK}`);
    await queryRunner.query(`DO $$ DECLARE changed bigint; BEGIN
      CREATE TEMP TABLE person_row ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY kind, id) AS row_no, kind, id, keys FROM (
          SELECT 'ATTENDEE' AS kind, id, person_keys(phone, external_id) AS keys FROM training_attendee
          UNION ALL SELECT 'ACCOUNT', id, person_keys(phone, id::text) FROM farmer_account) AS stored;
      ALTER TABLE person_row ADD label bigint;
      UPDATE person_row SET label = row_no;
      CREATE TEMP TABLE person_row_key ON COMMIT DROP AS SELECT row_no, unnest(keys) AS key FROM person_row;
      CREATE INDEX ON person_row (row_no);
      ANALYZE person_row; ANALYZE person_row_key;
      LOOP
        WITH key_label AS (SELECT k.key, min(r.label) AS label FROM person_row_key k JOIN person_row r USING (row_no) GROUP BY k.key),
             best AS (SELECT k.row_no, min(kl.label) AS label FROM person_row_key k JOIN key_label kl USING (key) GROUP BY k.row_no)
        UPDATE person_row r SET label = best.label FROM best WHERE best.row_no = r.row_no AND best.label < r.label;
        GET DIAGNOSTICS changed = ROW_COUNT;
        EXIT WHEN changed = 0;
      END LOOP;
      CREATE TEMP TABLE person_label ON COMMIT DROP AS SELECT label, gen_random_uuid() AS person_id FROM (SELECT DISTINCT label FROM person_row) AS labels;
      UPDATE training_attendee a SET person_id = l.person_id
        FROM person_row r JOIN person_label l USING (label) WHERE r.kind = 'ATTENDEE' AND r.id = a.id;
      INSERT INTO person_identifier (key, person_id)
        SELECT DISTINCT ON (k.key) k.key, l.person_id FROM person_row_key k JOIN person_row r USING (row_no) JOIN person_label l USING (label);
    END $$`);
    await queryRunner.query(`ALTER TABLE "training_attendee" ALTER COLUMN "person_id" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER farmer_account_person ON farmer_account`);
    await queryRunner.query(`DROP TRIGGER training_attendee_person_update ON training_attendee`);
    await queryRunner.query(`DROP TRIGGER training_attendee_person_insert ON training_attendee`);
    await queryRunner.query(`DROP TRIGGER training_attendee_person_lock ON training_attendee`);
    for (const fn of ['farmer_account_person()', 'training_attendee_person()', 'lock_person_identity()', 'rebuild_person(uuid)', 'resolve_person(text[])', 'person_keys(text, text)']) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_training_attendee_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_attendee_phone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_attendee_event_group_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_training_attendee_person"`);
    await queryRunner.query(`ALTER TABLE "training_attendee" DROP COLUMN "person_id"`);
    await queryRunner.query(`DROP TABLE "person_identifier"`);
  }
}
