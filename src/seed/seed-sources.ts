import fs from 'node:fs';
import path from 'node:path';
import { AgencyCatalogue } from './appendix/appendix.types';

/** The official documents the platform is seeded from; shipped with the code in ./data. */
export interface SeedSources {
  province: { code: string; name: string };
  communesCsv: string;
  agencyCatalogue: AgencyCatalogue;
  plan: { code: string; sourceDocument: string };
  appendixText: string;
}

const DATA_DIR = path.join(__dirname, 'data');
const read = (name: string) => fs.readFileSync(path.join(DATA_DIR, name), 'utf8');

export function readSeedSources(): SeedSources {
  const plan = JSON.parse(read('plan.json')) as { code: string; sourceDocument: string; appendixFile: string };
  return {
    province: JSON.parse(read('province.json')),
    communesCsv: read('daklak-communes-2025.csv'),
    agencyCatalogue: JSON.parse(read('agencies.json')),
    plan,
    appendixText: read(plan.appendixFile),
  };
}
