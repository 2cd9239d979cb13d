import fc from 'fast-check';
import { Row, countYear } from './trained-farmers';

/** The plain definition: rows are one person when a chain of shared phones or external ids joins them. */
function people(rows: Row[]): Set<number>[] {
  const keys = (r: Row) => [r.phone && `p${r.phone}`, r.external_id && `x${r.external_id}`, r.account_id && `x${r.account_id}`].filter(Boolean);
  const groups: Set<number>[] = [];
  const seen = new Set<number>();
  rows.forEach((_, start) => {
    if (seen.has(start)) return;
    const group = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const at = queue.pop()!;
      rows.forEach((other, i) => {
        if (!group.has(i) && keys(rows[at]).some((k) => keys(other).includes(k))) {
          group.add(i);
          queue.push(i);
        }
      });
    }
    group.forEach((i) => seen.add(i));
    groups.push(group);
  });
  return groups;
}

const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const person: fc.Arbitrary<Row> = fc
  .record({
    source: fc.constantFrom<'LIST' | 'APP'>('LIST', 'APP'),
    phone: fc.option(id, { nil: null }),
    external: fc.option(id, { nil: null }),
  })
  .filter((r) => r.phone !== null || r.external !== null)
  .map((r) => ({
    source: r.source,
    year: 2026,
    phone: r.phone,
    external_id: r.source === 'LIST' ? r.external : null,
    account_id: r.source === 'APP' ? (r.external ?? 'acct') : null,
    farmers: null,
    events: null,
  }));

describe('countYear', () => {
  it('counts each person once, joined by phone or external id, listed before app-only, plus the head counts', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 25 }), fc.nat({ max: 10_000 }), (rows, head) => {
        const summary: Row[] = [{ source: 'HEAD', year: 2026, phone: null, external_id: null, account_id: null, farmers: head, events: 3 }];
        const counted = countYear(2026, [...rows, ...summary]);
        const groups = people(rows);
        const listed = groups.filter((g) => [...g].some((i) => rows[i].source === 'LIST')).length;
        expect(counted).toMatchObject({ fromAttendanceLists: listed, fromTrainingApp: groups.length - listed, fromHeadCounts: head, headCountEvents: 3 });
        expect(counted.total).toBe(groups.length + head);
      }),
    );
  });

  it('does not join a farmer with no identifiers in common', () => {
    const row = (phone: string | null, external: string | null): Row => ({
      source: 'LIST',
      year: 2026,
      phone,
      external_id: external,
      account_id: null,
      farmers: null,
      events: null,
    });
    expect(countYear(2026, [row('+84912000001', 'A'), row(null, 'A'), row('+84912000001', null), row('+84912000002', 'B')]).fromAttendanceLists).toBe(2);
  });
});
