import DataLoader from 'dataloader';

export interface Linked<L, T> {
  link: L;
  target: T;
}

/**
 * Batches lookups through a link table (task → agencies, group → members): `fetchLinks` reads the
 * link rows raw, in the order wanted; each link is paired with its target by the target's id through
 * `targets` (a by-id loader). Never pair link rows with entities by position: TypeORM returns one
 * entity per id, so a target linked twice would shift every pair after it.
 */
export function linkedLoader<L, T>(options: {
  fetchLinks: (keys: readonly string[]) => Promise<L[]>;
  keyOf: (link: L) => string;
  targetIdOf: (link: L) => string;
  targets: DataLoader<string, T | null>;
}): DataLoader<string, Linked<L, T>[]> {
  return new DataLoader(async (keys) => {
    const links = await options.fetchLinks(keys);
    const ids = [...new Set(links.map(options.targetIdOf))];
    const loaded = await options.targets.loadMany(ids);
    const byId = new Map<string, T>();
    ids.forEach((id, i) => {
      const target = loaded[i];
      if (target instanceof Error) throw target;
      // A target missing here was deleted between the two reads; its link goes with it.
      if (target !== null) byId.set(id, target);
    });
    const byKey = new Map<string, Linked<L, T>[]>(keys.map((key) => [key, []]));
    for (const link of links) {
      const target = byId.get(options.targetIdOf(link));
      if (target !== undefined) byKey.get(options.keyOf(link))?.push({ link, target });
    }
    return keys.map((key) => byKey.get(key)!);
  });
}
