import ExcelJS from 'exceljs';
import { CrtTable, RowUncertainty, SubmissionDocumentV2 } from './submission-v2';

/** The columns of a table sheet: one spreadsheet row per reporting-table row and gas. */
export const TABLE_COLUMNS = [
  'CRT category',
  'IPCC 2006 category',
  'Item',
  'Activity data',
  'Activity value',
  'Activity unit',
  'Cultivation period (days)',
  'Gas',
  'Kind',
  'Emissions (kg)',
  'CO2e (kg)',
  'Implied emission factor',
  'IEF unit',
  'Uncertainty (%)',
  'Uncertainty lower (%)',
  'Uncertainty upper (%)',
  'Uncertainty notation',
] as const;
/** The columns of a table's totals: one row per inventory line, then the table's own total. */
export const TOTAL_COLUMNS = [
  'Totals from the inventory lines',
  'Gas',
  'Kind',
  'Emissions (kg)',
  'CO2e (kg)',
  'Uncertainty (%)',
  'Uncertainty lower (%)',
  'Uncertainty upper (%)',
  'Uncertainty notation',
] as const;
export const NOTATION_COLUMNS = ['IPCC 2006 category', 'Gas', 'Item', 'Notation key', 'Explanation'] as const;
const uncertaintyCells = (u: RowUncertainty) => [
  num(u.pct),
  num(u.lowerPct),
  num(u.upperPct),
  u.notation ? `${u.notation.key}: ${u.notation.explanation}` : null,
];

/** Rows before the column headers: title, provenance line, blank. */
export const HEADER_ROWS = 3;

const num = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

function tableSheet(book: ExcelJS.Workbook, document: SubmissionDocumentV2, table: CrtTable): void {
  const ws = book.addWorksheet(table.crtCategory);
  ws.addRow([`${table.crtTable} — ${table.crtCategory} ${table.crtName} (IPCC 2006: ${table.ipccCategories.join(', ')}), ${document.year}`]).font = {
    bold: true,
  };
  ws.addRow([
    `Factor set ${document.provenance.factorSetChain.join(' over ')}, GWP ${document.provenance.gwpSet}; document SHA-256 ${document.documentSha256}`,
  ]);
  ws.addRow([]);
  ws.addRow([...TABLE_COLUMNS]).font = { bold: true };
  for (const row of table.rows) {
    const [primary, ...others] = row.activityData;
    const days = others.find((q) => q.parameter === 'cultivationPeriod');
    for (const gas of row.emissions) {
      ws.addRow([
        row.crtCategory,
        row.ipccCategory,
        row.item,
        primary.parameter,
        num(primary.value),
        primary.unit,
        num(days?.value),
        gas.gas,
        gas.kind,
        num(gas.massKg),
        num(gas.co2eKg),
        num(gas.impliedFactor?.value),
        gas.impliedFactor?.unit ?? null,
        ...uncertaintyCells(row.uncertainty),
      ]);
    }
  }
  ws.addRow([]);
  ws.addRow(['Notation keys']).font = { bold: true };
  ws.addRow([...NOTATION_COLUMNS]).font = { bold: true };
  for (const n of table.notationKeys) ws.addRow([n.ipccCategory, n.gas, n.item, n.key, n.explanation]);
  ws.addRow([]);
  ws.addRow([...TOTAL_COLUMNS]).font = { bold: true };
  for (const t of table.totals) ws.addRow([table.crtCategory, t.gas, t.kind, num(t.massKg), num(t.co2eKg), ...uncertaintyCells(t.uncertainty)]);
  ws.addRow([`${table.crtCategory} total`, 'ALL', 'NET', null, num(table.co2eKg), ...uncertaintyCells(table.uncertainty)]).font = { bold: true };
  TABLE_COLUMNS.forEach((header, i) => (ws.getColumn(i + 1).width = Math.max(12, header.length + 2)));
}

/** The @2 document's tables as a workbook for officers: one sheet per CRT category, then provenance. */
export async function nationalSubmissionWorkbook(document: SubmissionDocumentV2): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Đắk Lắk low-emission crop production MRV';
  book.created = new Date(document.inventory.verifiedAt);
  for (const table of document.tables) tableSheet(book, document, table);
  const ws = book.addWorksheet('Provenance');
  const p = document.provenance;
  const rows: [string, string | number][] = [
    ['Format', document.format],
    ['Province', `${document.province.name} (${document.province.code})`],
    ['Year', document.year],
    ['Inventory', `${document.inventory.id} v${document.inventory.version}`],
    ['Verified at', document.inventory.verifiedAt],
    ['Method', p.method],
    ['Factor set', p.factorSetChain.join(' over ')],
    ['GWP set', p.gwpSet],
    ['Communes covered', p.communes.covered.join(', ')],
    ['Communes missing', p.communes.missing.join(', ') || '-'],
    ['IPCC 2006 → CRT mapping', p.crtMappingSource],
    ['Uncertainty', p.uncertaintyMethod],
    ['Factors without a range', p.factorsWithoutRange.join(', ') || '-'],
    ['Document SHA-256', document.documentSha256],
  ];
  for (const row of rows) ws.addRow(row);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 90;
  return Buffer.from(await book.xlsx.writeBuffer());
}
