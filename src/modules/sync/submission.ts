import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** What an adapter needs of one verified provincial inventory version; filled by the inventory module. */
export interface InventorySubmissionSource {
  inventoryId: string; // the provincial inventory (uuid)
  version: number; // 1, 2, ... (a re-verified inventory is a new version)
  replacesVersion: number | null; // the version it replaces, if any
  province: { code: string; name: string };
  year: number;
  method: string;
  factorSet: string;
  factorSetChain: string[];
  gwpSet: string;
  verifiedAt: string;
  verifiedBy: string | null;
  inputHash: string;
  communesIncluded: string[];
  communesMissing: string[];
  lines: SubmissionLine[];
  totals: { totalCo2eKg: number; emissionsCo2eKg: number; removalsCo2eKg: number; indirectEnergyCo2eKg: number };
  /** Activity data and emissions by reporting-table row, summed exactly from the communes' lines (for @2). */
  activityRows: ActivityAggregate[];
  /** Approach 1 uncertainty of the inventory's lines (for @2). */
  uncertainty: SubmissionUncertainty;
}

/** Combined uncertainty (%, 95 %) as the inventory module computes it; null figures where the CO2e is zero. */
export interface SourceUncertainty {
  pct: number | null;
  lowerPct: number | null;
  upperPct: number | null;
  /** Lines stored before uncertainty was assessed (no factor keys): the figures leave them out. */
  linesNotAssessed: number;
}

export interface SubmissionUncertainty {
  /** The method statement (IPCC 2006 Vol 1 Ch 3 Approach 1 ...). */
  approach: string;
  /** Factors used by the lines whose set gives no range (counted as exact). */
  factorsWithoutRange: string[];
  /** The combined uncertainty of a set of the inventory's lines (a table's total, one line). */
  ofLines(lines: readonly { category: string; gas: string; kind: string }[]): SourceUncertainty;
}

/** A decimal quantity as exact text (e.g. "12.5"), never a binary float. */
export interface DecimalQuantity {
  parameter: string;
  value: string;
  unit: string;
}

/**
 * One row of a reporting table, as the inventory module sums it: one IPCC 2006 category and one item
 * (water regime, N source, crop, lime type...), its activity data (the first is the one implied factors
 * divide by), and the mass, CO2e and implied factor of each gas. All numbers are exact decimal strings.
 */
export interface ActivityAggregate {
  category: string;
  item: string;
  activityData: DecimalQuantity[];
  gases: { gas: 'CO2' | 'CH4' | 'N2O'; kind: 'EMISSION' | 'REMOVAL'; massKg: string; co2eKg: string; impliedFactor: DecimalQuantity | null }[];
  /** Over exactly the commune lines (or the parts of them) that make up the row; null when none was computed. */
  uncertainty: SourceUncertainty | null;
}

export interface SubmissionLine {
  category: string;
  categoryName: string;
  gas: string;
  kind: 'EMISSION' | 'REMOVAL' | 'INDIRECT';
  massKg: number;
  co2eKg: number;
}

/**
 * Reads one VERIFIED version of a provincial inventory, or null when that version does not exist or
 * is not verified (nothing unverified is ever sent). Part of the SubmissionSource port (ports.ts).
 */
export type SubmissionLoader = (manager: EntityManager, inventoryId: string, version: number) => Promise<InventorySubmissionSource | null>;

/** Identifies the document format, so the national system can tell versions of it apart. */
export const SUBMISSION_FORMAT = 'daklak-lowemission/ghg-inventory-submission@1';

/** The JSON document every adapter sends and the national pull query returns. */
export interface SubmissionDocument {
  format: string;
  inventory: { id: string; version: number; replacesVersion: number | null; verifiedAt: string; verifiedBy: string | null; inputHash: string };
  province: { code: string; name: string };
  year: number;
  method: string;
  factorSet: string;
  factorSetChain: string[];
  gwpSet: string;
  communes: { included: string[]; missing: string[] };
  lines: SubmissionLine[];
  totals: InventorySubmissionSource['totals'];
}

const byLine = (a: SubmissionLine, b: SubmissionLine) => a.category.localeCompare(b.category) || a.gas.localeCompare(b.gas) || a.kind.localeCompare(b.kind);

/** The submission document of a verified inventory; lines and communes sorted so equal data gives equal bytes. */
export function buildSubmissionDocument(source: InventorySubmissionSource): SubmissionDocument {
  return {
    format: SUBMISSION_FORMAT,
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
    method: source.method,
    factorSet: source.factorSet,
    factorSetChain: [...source.factorSetChain],
    gwpSet: source.gwpSet,
    communes: { included: [...source.communesIncluded].sort(), missing: [...source.communesMissing].sort() },
    lines: source.lines.map((l) => ({ ...l })).sort(byLine),
    totals: { ...source.totals },
  };
}

/** JSON with object keys sorted at every level (nulls kept: `replacesVersion: null` means something). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const CSV_COLUMNS = ['category', 'categoryName', 'gas', 'kind', 'massKg', 'co2eKg'] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The document's lines as CSV (RFC 4180, header row, CRLF), the same rows in the same order. */
export function submissionCsv(document: Pick<SubmissionDocument, 'lines'>): string {
  const rows = [CSV_COLUMNS.join(','), ...document.lines.map((line) => CSV_COLUMNS.map((c) => csvCell(line[c])).join(','))];
  return rows.join('\r\n') + '\r\n';
}
