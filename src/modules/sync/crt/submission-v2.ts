import { canonicalHash } from '../../../core/canonical-json';
import { ActivityAggregate, DecimalQuantity, InventorySubmissionSource, SourceUncertainty, SubmissionLine, canonicalJson } from '../submission';
import { CRT_CATEGORIES, CRT_MAPPING_SOURCE, CrtCategory } from './crt-categories';

/** The reporting-table document (schema/national-submission-v2.schema.json); @1 stays producible. */
export const SUBMISSION_FORMAT_V2 = 'daklak-lowemission/ghg-inventory-submission@2';

/** UNFCCC notation keys: not occurring, not estimated, not applicable, included elsewhere. */
export type NotationKey = 'NO' | 'NE' | 'NA' | 'IE';
export interface Notation {
  key: NotationKey;
  explanation: string;
}

/**
 * Combined uncertainty (%, 95 %, IPCC 2006 Vol 1 Ch 3 Approach 1) of a row, a table total or a table:
 * `pct` propagates each factor's larger half-width; `lowerPct`/`upperPct` only where the range is
 * asymmetric (they differ at 2 decimals), else null. Where there is no figure, `pct` is null and
 * `notation` says why.
 */
export interface RowUncertainty {
  pct: string | null;
  lowerPct: string | null;
  upperPct: string | null;
  notation: Notation | null;
}

/** A percentage as an exact decimal string: rounded to 2 decimals, trailing zeros dropped. */
export const pctText = (value: number): string => decimal(Number(value.toFixed(2)));

const none = (key: NotationKey, explanation: string): RowUncertainty => ({ pct: null, lowerPct: null, upperPct: null, notation: { key, explanation } });

/** The document's form of the inventory module's figure, with NE (and why) where it gives none. */
export function uncertaintyOf(u: SourceUncertainty | null): RowUncertainty {
  if (u && u.linesNotAssessed > 0)
    return none(
      'NE',
      `${u.linesNotAssessed} commune lines were stored before uncertainty was assessed (no factor keys); recalculating those inventories estimates it`,
    );
  if (!u || u.pct === null) return none('NE', 'the emissions are zero, so a relative uncertainty (%) is undefined');
  const lower = pctText(u.lowerPct ?? u.pct);
  const upper = pctText(u.upperPct ?? u.pct);
  const asymmetric = lower !== upper;
  return { pct: pctText(u.pct), lowerPct: asymmetric ? lower : null, upperPct: asymmetric ? upper : null, notation: null };
}

export interface GasEmission {
  gas: 'CO2' | 'CH4' | 'N2O';
  kind: 'EMISSION' | 'REMOVAL';
  massKg: string;
  co2eKg: string;
  /** Emissions ÷ the row's first activity datum; null when that is zero. */
  impliedFactor: DecimalQuantity | null;
}

export interface CrtRow {
  crtCategory: string;
  ipccCategory: string;
  item: string;
  activityData: DecimalQuantity[];
  emissions: GasEmission[];
  co2eKg: string;
  uncertainty: RowUncertainty;
}

/** A gas (or part) of a table with no number, and why. */
export interface TableNotation extends Notation {
  ipccCategory: string;
  gas: string;
  item: string;
}

export interface CrtTable {
  crtCategory: string;
  crtName: string;
  crtTable: string;
  ipccCategories: string[];
  rows: CrtRow[];
  notationKeys: TableNotation[];
  /** From the inventory's own lines (exact sums), by gas and kind: the rows add up to these. */
  totals: { gas: string; kind: string; massKg: string; co2eKg: string; uncertainty: RowUncertainty }[];
  co2eKg: string;
  /** Of all the table's lines together (shared factors summed before squaring). */
  uncertainty: RowUncertainty;
}

export interface SubmissionDocumentV2 {
  format: string;
  inventory: { id: string; version: number; replacesVersion: number | null; verifiedAt: string; verifiedBy: string | null; inputHash: string };
  province: { code: string; name: string };
  year: number;
  tables: CrtTable[];
  /** Every line of the inventory (as in @1), including those outside the tables (energy). */
  lines: SubmissionLine[];
  totals: InventorySubmissionSource['totals'];
  provenance: {
    method: string;
    factorSet: string;
    factorSetChain: string[];
    gwpSet: string;
    communes: { covered: string[]; missing: string[] };
    crtMappingSource: string;
    uncertaintyMethod: string;
    /** Factors the lines use whose set gives no range: counted as exact, so the figures understate. */
    factorsWithoutRange: string[];
  };
  /** SHA-256 (hex) of the canonical JSON (src/core/canonical-json.ts) of this document without this member. */
  documentSha256: string;
}

/** Where there is never a number, whatever the data (Tier 1 as applied here). */
const STANDING_NOTATIONS: Record<string, Omit<TableNotation, 'ipccCategory'>[]> = {
  '3.C.4': [
    {
      gas: 'N2O',
      item: 'MINERALISATION_F_SOM',
      key: 'NE',
      explanation: 'N mineralised from soil organic matter loss is not estimated: soil carbon change is not recorded',
    },
    { gas: 'N2O', item: 'ORGANIC_SOILS_F_OS', key: 'NE', explanation: 'organic soils are not mapped in the records' },
    { gas: 'N2O', item: 'GRAZING_F_PRP', key: 'NO', explanation: 'no grazing animals are recorded on cropland' },
  ],
  '3.C.1': [{ gas: 'CO2', item: 'ALL', key: 'NA', explanation: 'CO2 from burning crop residues is biogenic and not reported (IPCC 2006 Vol 4 §2.4)' }],
  '3.C.3': [{ gas: 'N2O', item: 'UREA', key: 'IE', explanation: 'the N of urea is included in 3.D direct and indirect N2O (F_SN)' }],
  '3.B.2': [
    {
      gas: 'CO2',
      item: 'DEAD_ORGANIC_MATTER',
      key: 'NA',
      explanation: 'Tier 1 assumes no change in dead organic matter on cropland remaining cropland (IPCC 2006 Vol 4 §5.2.2)',
    },
    { gas: 'CO2', item: 'MINERAL_SOILS', key: 'NE', explanation: 'soil carbon stock change is not estimated: management changes are not recorded' },
  ],
};

const decimal = (value: number): string => {
  const text = String(value);
  return text === '-0' ? '0' : text;
};

function rowOf(category: CrtCategory, aggregate: ActivityAggregate): CrtRow {
  return {
    crtCategory: category.crt,
    ipccCategory: aggregate.category,
    item: aggregate.item,
    activityData: aggregate.activityData.map((q) => ({ ...q })),
    emissions: aggregate.gases.map((g) => ({ ...g, impliedFactor: g.impliedFactor && { ...g.impliedFactor } })),
    co2eKg: sumDecimals(aggregate.gases.map((g) => g.co2eKg)),
    uncertainty: uncertaintyOf(aggregate.uncertainty),
  };
}

/** Exact sum of decimal strings (scaled bigint), trailing zeros dropped. */
export function sumDecimals(values: string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  const total = values.reduce((sum, v) => {
    const negative = v.startsWith('-');
    const [int, frac = ''] = v.replace('-', '').split('.');
    const scaled = BigInt(int + frac.padEnd(scale, '0'));
    return sum + (negative ? -scaled : scaled);
  }, 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

const byRow = (a: CrtRow, b: CrtRow) => a.ipccCategory.localeCompare(b.ipccCategory) || a.item.localeCompare(b.item);

function tableOf(category: CrtCategory, source: InventorySubmissionSource, covered: number, missing: number): CrtTable {
  const rows = source.activityRows
    .filter((a) => category.ipcc.includes(a.category))
    .map((a) => rowOf(category, a))
    .sort(byRow);
  const lines = source.lines
    .filter((l) => category.ipcc.includes(l.category))
    .sort((a, b) => a.category.localeCompare(b.category) || a.gas.localeCompare(b.gas) || a.kind.localeCompare(b.kind));
  const notationKeys: TableNotation[] = [];
  for (const ipcc of category.ipcc) {
    if (!rows.some((r) => r.ipccCategory === ipcc) && !lines.some((l) => l.category === ipcc)) {
      notationKeys.push({
        ipccCategory: ipcc,
        gas: 'ALL',
        item: 'ALL',
        key: 'NO',
        explanation: `no activity records of this category in the ${covered} communes covered${missing ? ` (${missing} communes missing, see provenance)` : ''}`,
      });
    }
    for (const standing of STANDING_NOTATIONS[ipcc] ?? []) notationKeys.push({ ipccCategory: ipcc, ...standing });
  }
  const totals = lines.map((l) => ({
    gas: l.gas,
    kind: l.kind,
    massKg: decimal(l.massKg),
    co2eKg: decimal(l.co2eKg),
    uncertainty: uncertaintyOf(source.uncertainty.ofLines([l])),
  }));
  return {
    crtCategory: category.crt,
    crtName: category.crtName,
    crtTable: category.crtTable,
    ipccCategories: [...category.ipcc],
    rows,
    notationKeys,
    totals,
    co2eKg: sumDecimals(totals.map((t) => t.co2eKg)),
    uncertainty: lines.length ? uncertaintyOf(source.uncertainty.ofLines(lines)) : none('NA', 'no emissions or removals in this table (see its notation keys)'),
  };
}

const ROW_UNCERTAINTY =
  "Each row over exactly the commune lines that make it up; rows that are part of each line (3.C.4 by N source, 3.C.5 by pathway, 3.C.2 by lime type) take the part's CO2e and the factors it multiplies. Percentages rounded to 2 decimals; lower and upper given where the factor ranges are asymmetric";

const byLine = (a: SubmissionLine, b: SubmissionLine) => a.category.localeCompare(b.category) || a.gas.localeCompare(b.gas) || a.kind.localeCompare(b.kind);

/** The @2 document of a verified inventory: the same data gives the same bytes and the same hash. */
export function buildSubmissionDocumentV2(source: InventorySubmissionSource): SubmissionDocumentV2 {
  const covered = source.communesIncluded.length;
  const missing = source.communesMissing.length;
  const content: Omit<SubmissionDocumentV2, 'documentSha256'> = {
    format: SUBMISSION_FORMAT_V2,
    inventory: {
      id: source.inventoryId,
      version: source.version,
      replacesVersion: source.replacesVersion,
      verifiedAt: source.verifiedAt,
      verifiedBy: source.verifiedBy,
      inputHash: source.inputHash,
    },
    province: { code: source.province.code, name: source.province.name },
    year: source.year,
    tables: CRT_CATEGORIES.map((category) => tableOf(category, source, covered, missing)),
    lines: source.lines.map((l) => ({ ...l })).sort(byLine),
    totals: { ...source.totals },
    provenance: {
      method: source.method,
      factorSet: source.factorSet,
      factorSetChain: [...source.factorSetChain],
      gwpSet: source.gwpSet,
      communes: { covered: [...source.communesIncluded].sort(), missing: [...source.communesMissing].sort() },
      crtMappingSource: CRT_MAPPING_SOURCE,
      uncertaintyMethod: `${source.uncertainty.approach}. ${ROW_UNCERTAINTY}`,
      factorsWithoutRange: [...source.uncertainty.factorsWithoutRange].sort(),
    },
  };
  return { ...content, documentSha256: documentSha256Of(content) };
}

/** The document's own SHA-256: canonical JSON without `documentSha256` (a reader recomputes it so). */
export function documentSha256Of(document: Omit<SubmissionDocumentV2, 'documentSha256'> | SubmissionDocumentV2): string {
  const { documentSha256: _ignored, ...content } = document as SubmissionDocumentV2;
  return canonicalHash(content);
}

/**
 * The exact bytes sent: keys sorted, nulls kept (as in @1: `replacesVersion: null` and an uncertainty
 * `pct: null` say something). The document's own hash leaves null members out (core canonical JSON),
 * so a reader gets the same hash from the parsed body whatever its JSON library does with nulls.
 */
export const submissionV2Body = (document: SubmissionDocumentV2): string => canonicalJson(document);
