import fc from 'fast-check';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { Direction, Keyset, KeysetPage, keysetPage } from '../../src/core/relay/keyset';
import { TestDatabase, createTestDatabase } from '../helpers/test-database';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);

/** A table of its own, so ties in the sort columns are as common as the generator makes them. */
@Entity('keyset_probe')
class Probe {
  @PrimaryColumn('int')
  id: number;

  @Column('int')
  rank: number;

  @Column('text')
  label: string;
}

let db: TestDatabase;
let probes: DataSource;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  probes = await new DataSource({ type: 'postgres', url: db.url, entities: [Probe], synchronize: true }).initialize();
});
afterAll(async () => {
  await probes.destroy();
  await db.drop();
});

const direction = fc.constantFrom<Direction>('ASC', 'DESC');
const rows = fc.uniqueArray(
  fc.record({ id: fc.integer({ min: -1000, max: 1000 }), rank: fc.integer({ min: 0, max: 3 }), label: fc.constantFrom('a', 'b', 'B', 'é') }),
  { selector: (row) => row.id, maxLength: 30 },
);

describe('keyset pagination on a composite key', () => {
  it('visits every row exactly once, in order, at any page size and any mix of directions', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.integer({ min: 1, max: 7 }), fc.tuple(direction, direction, direction), async (data, size, [byRank, byLabel, byId]) => {
        const repository = probes.getRepository(Probe);
        await repository.clear();
        await repository.insert(data);
        const keyset: Keyset<Probe> = {
          tag: 'p1',
          keys: [
            { column: 'p.rank', kind: 'int', value: (p) => p.rank, direction: byRank },
            { column: 'p.label', kind: 'text', value: (p) => p.label, direction: byLabel },
            { column: 'p.id', kind: 'int', value: (p) => p.id, direction: byId },
          ],
        };
        // PostgreSQL's own ORDER BY (its collation included) is the reference order.
        const expected = await repository.createQueryBuilder('p').orderBy('p.rank', byRank).addOrderBy('p.label', byLabel).addOrderBy('p.id', byId).getMany();
        const seen: number[] = [];
        let after: string | null = null;
        for (;;) {
          const page: KeysetPage<Probe> = await keysetPage(repository.createQueryBuilder('p'), size, after, keyset);
          expect(page.edges.length).toBeLessThanOrEqual(size);
          seen.push(...page.edges.map((edge) => edge.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected.map((row) => row.id));
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
