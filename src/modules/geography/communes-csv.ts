import { parse } from 'csv-parse/sync';
import { AdministrativeUnitKind } from './administrative-unit.entity';

export interface CommuneRow {
  code: string;
  name: string;
  kind: AdministrativeUnitKind.COMMUNE | AdministrativeUnitKind.WARD;
}

/** Parses the official commune list (code,name,kind with kind "commune" or "ward"); rejects anything else. */
export function parseCommunesCsv(text: string): CommuneRow[] {
  const records: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true, trim: true });
  const seen = new Set<string>();
  return records.map((record, index) => {
    const line = index + 2;
    const { code, name, kind } = record;
    if (!/^\d{5}$/.test(code ?? '')) throw new Error(`communes CSV line ${line}: code "${code}" is not 5 digits`);
    if (seen.has(code)) throw new Error(`communes CSV line ${line}: duplicate code ${code}`);
    seen.add(code);
    if (!name) throw new Error(`communes CSV line ${line}: name is empty`);
    if (kind !== 'commune' && kind !== 'ward') throw new Error(`communes CSV line ${line}: kind "${kind}" is not commune or ward`);
    return { code, name: name.normalize('NFC'), kind: kind === 'ward' ? AdministrativeUnitKind.WARD : AdministrativeUnitKind.COMMUNE };
  });
}
