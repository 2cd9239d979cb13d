// The SDK's change-feed apply rules: by id and version, never older over newer, tombstones delete,
// whatever the order and however often a record arrives; the watermark moves only after a full sync.
import fc from 'fast-check';
import { FeedPage, MemorySyncStore, SyncedRecord, applyRecord, syncFeed } from '@daklak-lowemission/client';

interface Rec extends SyncedRecord {
  deletedAt: string | null;
  title: string;
}

const rec = (id: string, version: number, deleted: boolean): Rec => ({
  id,
  version,
  deletedAt: deleted ? `2026-01-01T00:00:${String(version % 60).padStart(2, '0')}.000Z` : null,
  title: `${id}@${version}`,
});

/** Histories of a few records: versions 1..n, the last one possibly a deletion (the server's tombstone). */
const histories = fc
  .uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), versions: fc.integer({ min: 1, max: 6 }), deletedLast: fc.boolean() }), {
    selector: (h) => h.id,
    minLength: 1,
  })
  .map((hs) => hs.map((h) => Array.from({ length: h.versions }, (_, i) => rec(h.id, i + 1, h.deletedLast && i + 1 === h.versions))));

/** Deliveries of a history: any subset of its versions, each possibly several times, in any order. */
const deliveries = histories.chain((hs) =>
  fc
    .tuple(...hs.flat().map((r) => fc.tuple(fc.constant(r), fc.integer({ min: 0, max: 3 }))))
    .map((pairs) => pairs.flatMap(([r, times]) => Array.from({ length: times }, () => r)))
    .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
);

/** What the store must hold afterwards: per id, the highest version delivered. */
function expected(delivered: Rec[]) {
  const latest = new Map<string, Rec>();
  for (const r of delivered) if ((latest.get(r.id)?.version ?? 0) < r.version) latest.set(r.id, r);
  return latest;
}

describe('applyRecord', () => {
  it('ends with the highest version of each record, whatever the order and the duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, async (delivered) => {
        const store = new MemorySyncStore<Rec>();
        for (const r of delivered) await applyRecord(store, r);
        const latest = expected(delivered);
        const live = [...latest.values()].filter((r) => !r.deletedAt);
        expect(new Map(store.records)).toEqual(new Map(live.map((r) => [r.id, r])));
        for (const r of latest.values()) expect(store.versionOf(r.id)).toBe(r.version);
        for (const r of latest.values()) if (r.deletedAt) expect(store.tombstones.get(r.id)).toBe(r.version);
      }),
    );
  });

  it('never lets the held version of a record go down, and never brings a deleted record back with an older copy', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, async (delivered) => {
        const store = new MemorySyncStore<Rec>();
        for (const r of delivered) {
          const before = store.versionOf(r.id) ?? 0;
          const wasDeleted = store.tombstones.has(r.id);
          const outcome = await applyRecord(store, r);
          const after = store.versionOf(r.id)!;
          expect(after).toBe(Math.max(before, r.version));
          expect(outcome).toBe(r.version <= before ? 'ignored' : r.deletedAt ? 'deleted' : 'stored');
          if (wasDeleted && r.version <= before) expect(store.records.has(r.id)).toBe(false);
        }
      }),
    );
  });

  it('applies a tombstone for a record never seen (it stays away when an older copy comes later)', async () => {
    const store = new MemorySyncStore<Rec>();
    expect(await applyRecord(store, rec('x', 3, true))).toBe('deleted');
    expect(await applyRecord(store, rec('x', 2, false))).toBe('ignored');
    expect(store.records.size).toBe(0);
    expect(await applyRecord(store, rec('x', 4, false))).toBe('stored');
    expect(store.records.get('x')!.version).toBe(4);
  });
});

describe('syncFeed', () => {
  /** Splits deliveries into pages of the given size, every page carrying the listing's watermark. */
  const pagesOf = (records: Rec[], size: number, watermark: string): FeedPage<Rec>[] => {
    const pages: FeedPage<Rec>[] = [];
    for (let i = 0; i === 0 || i < records.length; i += size) {
      const more = i + size < records.length;
      pages.push({
        syncWatermark: watermark,
        pageInfo: { hasNextPage: more, endCursor: more ? String(i + size) : null },
        edges: records.slice(i, i + size).map((node) => ({ node })),
      });
    }
    return pages;
  };

  it('pages to the end, sends the stored watermark as updatedSince, and keeps the one the API returned', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, fc.integer({ min: 1, max: 5 }), async (delivered, size) => {
        const store = new MemorySyncStore<Rec>();
        store.setWatermark('2026-01-01T00:00:00.000Z');
        const pages = pagesOf(delivered, size, '2026-02-01T00:00:00.000Z');
        const asked: [string | null, string | null][] = [];
        const result = await syncFeed<Rec>(async (since, after) => {
          asked.push([since, after]);
          return pages[after === null ? 0 : Number(after) / size];
        }, store);
        expect(asked).toEqual(pages.map((_, i) => ['2026-01-01T00:00:00.000Z', i === 0 ? null : String(i * size)]));
        expect(result).toMatchObject({ pages: pages.length, watermark: '2026-02-01T00:00:00.000Z' });
        expect(result.stored + result.deleted + result.ignored).toBe(delivered.length);
        expect(store.watermark()).toBe('2026-02-01T00:00:00.000Z');
        expect([...store.records.keys()].sort()).toEqual(
          [...expected(delivered).values()]
            .filter((r) => !r.deletedAt)
            .map((r) => r.id)
            .sort(),
        );
      }),
    );
  });

  it('keeps the old watermark when a page fails, and a second run applies everything again harmlessly', async () => {
    const store = new MemorySyncStore<Rec>();
    const pages = pagesOf([rec('a', 1, false), rec('b', 1, false), rec('a', 2, true)], 1, '2026-03-01T00:00:00.000Z');
    await expect(
      syncFeed<Rec>(async (_since, after) => {
        if (after === '2') throw new Error('network down');
        return pages[after === null ? 0 : Number(after)];
      }, store),
    ).rejects.toThrow('network down');
    expect(store.watermark()).toBeNull();
    expect([...store.records.keys()].sort()).toEqual(['a', 'b']);
    const again = await syncFeed<Rec>(async (_since, after) => pages[after === null ? 0 : Number(after)], store);
    expect(again).toMatchObject({ stored: 0, deleted: 1, ignored: 2, watermark: '2026-03-01T00:00:00.000Z' });
    expect([...store.records.keys()]).toEqual(['b']);
  });
});
