import ExcelJS from 'exceljs';
import { ConversionReportRow, CountWindow, CriteriaSetReportRow, PlannedConvertedRow, StudyReportRow, WorkReportRow, ZoneReportRow } from '../ports';

type Cell = string | number | boolean | Date | null;
type Format = 'ha' | 'vnd' | 'int' | 'date' | 'share';

const NUMBER_FORMATS: Record<Format, string> = { ha: '#,##0.00', vnd: '#,##0', int: '0', date: 'yyyy-mm-dd', share: '0.00%' };

interface Column<Row> {
  header: string;
  value(row: Row): Cell;
  format?: Format;
  /** The totals row's cell: the column's sum, or a figure of all rows (e.g. a share of sums). */
  total?: 'sum' | ((rows: Row[]) => Cell);
  width?: number;
}

/** How one register is laid out: which records, the columns, and the totals row. */
export interface SheetSpec<Row> {
  name: string;
  title: string;
  /** Which records the sheet lists, in words (the rule of the register's query). */
  listed: string;
  columns: Column<Row>[];
}

/** A YYYY-MM-DD day as an Excel date (UTC midnight, so no time zone moves it). */
const day = (value: string | null): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);
/**
 * Sums of stored decimals without binary noise (areas are stored to 0.01 ha); whole numbers (đồng,
 * counts) are summed as they are, exact up to 2^53.
 */
function exactSum(values: number[]): number {
  const total = values.reduce((a, b) => a + b, 0);
  return values.every(Number.isInteger) ? total : Math.round(total * 10_000) / 10_000;
}
const list = (values: string[]) => values.join('; ');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Title, the rule, a header, a row per record and a totals row; or a note when the caller may not read the register. */
export function addRegisterSheet<Row>(book: ExcelJS.Workbook, spec: SheetSpec<Row>, period: CountWindow, rows: Row[] | 'WITHHELD'): void {
  const ws = book.addWorksheet(spec.name);
  const years = period.fromYear === period.toYear ? `${period.fromYear}` : `${period.fromYear}-${period.toYear}`;
  ws.addRow([`${spec.title}, ${years}`]).font = { bold: true };
  if (rows === 'WITHHELD') {
    ws.addRow(['Not included: the credentials that downloaded this report may not read this register.']);
    return;
  }
  ws.addRow([`${spec.listed} Deleted records are left out.`]);
  ws.addRow([]);
  ws.addRow(spec.columns.map((c) => c.header)).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  for (const row of rows) ws.addRow(spec.columns.map((c) => c.value(row)));
  const totals = spec.columns.map((c, i): Cell => {
    if (i === 0) return `Total (${rows.length} ${rows.length === 1 ? 'record' : 'records'})`;
    if (c.total === 'sum') return exactSum(rows.map((r) => Number(c.value(r) ?? 0)));
    return c.total ? c.total(rows) : null;
  });
  ws.addRow(totals).font = { bold: true };
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.format) column.numFmt = NUMBER_FORMATS[c.format];
    column.width = c.width ?? Math.max(12, Math.min(40, c.header.length + 2));
  });
}

export const ZONE_SHEET: SheetSpec<ZoneReportRow> = {
  name: 'Zones (VI.1)',
  title: 'Vùng sản xuất tập trung / Production zones (VI.1)',
  listed:
    'Zones not dissolved before the period, forming by its end, and zones still only planned. "Established at end" is what target PRODUCTION_ZONES counts.',
  columns: [
    { header: 'Code', value: (z) => z.code },
    { header: 'Name', value: (z) => z.name, width: 36 },
    { header: 'Crop', value: (z) => z.crop },
    { header: 'Communes (codes)', value: (z) => list(z.communeCodes) },
    { header: 'Area (ha)', value: (z) => z.areaHa, format: 'ha', total: 'sum' },
    { header: 'Households', value: (z) => z.households, format: 'int', total: 'sum' },
    { header: 'Status', value: (z) => z.status },
    { header: 'Forming on', value: (z) => day(z.formingOn), format: 'date' },
    { header: 'Established on', value: (z) => day(z.establishedOn), format: 'date' },
    { header: 'Dissolved on', value: (z) => day(z.dissolvedOn), format: 'date' },
    { header: 'Established at end (1 = yes)', value: (z) => (z.establishedAtEnd ? 1 : 0), format: 'int', total: 'sum' },
    { header: 'Criteria set', value: (z) => z.criteriaSet },
    { header: 'Member organisations', value: (z) => list(z.memberOrganisations), width: 36 },
    { header: 'Buyer: contract', value: (z) => list(z.buyerContracts), width: 36 },
    { header: 'Record ID', value: (z) => z.id, width: 44 },
  ],
};

export const CONVERSION_SHEET: SheetSpec<ConversionReportRow> = {
  name: 'Conversions (II.2)',
  title: 'Chuyển đổi cơ cấu cây trồng / Crop conversions (II.2)',
  listed: 'Conversions of the years of the period, planned and done.',
  columns: [
    { header: 'Year', value: (c) => c.year, format: 'int' },
    { header: 'Commune code', value: (c) => c.unitCode },
    { header: 'Commune', value: (c) => c.unitName, width: 24 },
    { header: 'From crop', value: (c) => c.fromCrop },
    { header: 'To crop', value: (c) => c.toCrop },
    { header: 'To perennial', value: (c) => yesNo(c.toCropPerennial) },
    { header: 'Status', value: (c) => c.status },
    { header: 'Area (ha)', value: (c) => c.areaHa, format: 'ha', total: 'sum' },
    { header: 'Area done (ha)', value: (c) => (c.status === 'DONE' ? c.areaHa : 0), format: 'ha', total: 'sum' },
    { header: 'Area planned (ha)', value: (c) => (c.status === 'PLANNED' ? c.areaHa : 0), format: 'ha', total: 'sum' },
    { header: 'Note', value: (c) => c.note },
    { header: 'Record ID', value: (c) => c.id, width: 44 },
  ],
};

export const WORK_SHEET: SheetSpec<WorkReportRow> = {
  name: 'Works (III.1)',
  title: 'Công trình hạ tầng / Infrastructure works (III.1)',
  listed: 'Works completed in the period, then works not completed yet (their status today).',
  columns: [
    { header: 'Commune code', value: (w) => w.unitCode },
    { header: 'Commune', value: (w) => w.unitName, width: 24 },
    { header: 'Kind', value: (w) => w.kind },
    { header: 'Name', value: (w) => w.name, width: 36 },
    { header: 'Status', value: (w) => w.status },
    { header: 'Completed on', value: (w) => day(w.completedOn), format: 'date' },
    { header: 'Area served (ha)', value: (w) => w.areaServedHa, format: 'ha', total: 'sum' },
    { header: 'Enables AWD', value: (w) => yesNo(w.enablesAlternateWettingDrying) },
    { header: 'AWD area served (ha)', value: (w) => (w.enablesAlternateWettingDrying ? w.areaServedHa : 0), format: 'ha', total: 'sum' },
    { header: 'Investment (VND)', value: (w) => w.investmentVnd, format: 'vnd', total: 'sum', width: 20 },
    { header: 'Budget line ID', value: (w) => w.budgetLineId, width: 44 },
    { header: 'Record ID', value: (w) => w.id, width: 44 },
  ],
};

export const CRITERIA_SHEET: SheetSpec<CriteriaSetReportRow> = {
  name: 'Criteria sets (III.2)',
  title: 'Bộ tiêu chí sản xuất phát thải thấp / Low-emission criteria sets (III.2)',
  listed:
    'Sets adopted by a decision dated by the end of the period (what target LOW_EMISSION_CRITERIA_SETS counts), with their status then; drafts are not listed.',
  columns: [
    { header: 'Crop', value: (c) => c.crop },
    { header: 'Version', value: (c) => c.setVersion, format: 'int' },
    { header: 'Title', value: (c) => c.title, width: 40 },
    { header: 'Decision number', value: (c) => c.decisionNumber, width: 20 },
    { header: 'Decision date', value: (c) => day(c.decisionDate), format: 'date' },
    { header: 'Decision body', value: (c) => c.decisionBody, width: 24 },
    { header: 'Status at end', value: (c) => c.statusAtEnd },
    { header: 'Superseded on', value: (c) => day(c.supersededOn), format: 'date' },
    { header: 'Required practices', value: (c) => list(c.requiredPractices), width: 40 },
    { header: 'Thresholds', value: (c) => list(c.thresholds), width: 40 },
    { header: 'Record ID', value: (c) => c.id, width: 44 },
  ],
};

export const STUDY_SHEET: SheetSpec<StudyReportRow> = {
  name: 'Studies (III.3, III.4)',
  title: 'Nghiên cứu, nhiệm vụ KH&CN / Research and S&T tasks (III.3, III.4)',
  listed:
    'Studies running in some year of the period, whatever their status; "Counted (1 = yes)" marks those targets RESEARCH_STUDIES and SCIENCE_TECHNOLOGY_TASKS count (approved, in progress, completed).',
  columns: [
    { header: 'Kind', value: (s) => s.kind, width: 26 },
    { header: 'Title', value: (s) => s.title, width: 40 },
    { header: 'Lead agency', value: (s) => s.leadAgencyCode },
    { header: 'Start year', value: (s) => s.startYear, format: 'int' },
    { header: 'End year', value: (s) => s.endYear, format: 'int' },
    { header: 'Status', value: (s) => s.status },
    { header: 'Counted (1 = yes)', value: (s) => (s.counted ? 1 : 0), format: 'int', total: 'sum' },
    { header: 'Budget (VND)', value: (s) => s.budgetVnd, format: 'vnd', total: 'sum', width: 20 },
    { header: 'Documents', value: (s) => s.documents, format: 'int', total: 'sum' },
    { header: 'Record ID', value: (s) => s.id, width: 44 },
  ],
};

/** Converted over planned, or nothing when nothing was planned. */
const share = (converted: number, planned: number) => (planned > 0 ? converted / planned : null);
const sumOf = (rows: PlannedConvertedRow[], pick: (r: PlannedConvertedRow) => number) => exactSum(rows.map(pick));
const difference = (a: number, b: number) => Math.round((a - b) * 10_000) / 10_000;

export const PLANNED_CONVERTED_SHEET: SheetSpec<PlannedConvertedRow> = {
  name: 'Plan vs conversion (II.2)',
  title: 'Diện tích kế hoạch và chuyển đổi theo cây trồng / Planned against converted area by crop (II.2)',
  listed:
    'Per crop over the phase: the area of the crop plans, and the area converted to the crop (DONE, and still PLANNED). Differences are converted minus planned; shares are converted over planned.',
  columns: [
    { header: 'Crop', value: (r) => r.crop },
    { header: 'Planned area (ha)', value: (r) => r.plannedAreaHa, format: 'ha', total: 'sum' },
    { header: 'Crop plans', value: (r) => r.plans, format: 'int', total: 'sum' },
    { header: 'Converted, done (ha)', value: (r) => r.convertedDoneHa, format: 'ha', total: 'sum' },
    { header: 'Converted, planned (ha)', value: (r) => r.convertedPlannedHa, format: 'ha', total: 'sum' },
    { header: 'Conversions', value: (r) => r.conversions, format: 'int', total: 'sum' },
    { header: 'Difference, done (ha)', value: (r) => difference(r.convertedDoneHa, r.plannedAreaHa), format: 'ha', total: 'sum' },
    {
      header: 'Share done',
      value: (r) => share(r.convertedDoneHa, r.plannedAreaHa),
      format: 'share',
      total: (rows) =>
        share(
          sumOf(rows, (r) => r.convertedDoneHa),
          sumOf(rows, (r) => r.plannedAreaHa),
        ),
    },
    {
      header: 'Difference, done and planned (ha)',
      value: (r) => difference(r.convertedDoneHa + r.convertedPlannedHa, r.plannedAreaHa),
      format: 'ha',
      total: 'sum',
    },
    {
      header: 'Share done and planned',
      value: (r) => share(r.convertedDoneHa + r.convertedPlannedHa, r.plannedAreaHa),
      format: 'share',
      total: (rows) =>
        share(
          sumOf(rows, (r) => r.convertedDoneHa + r.convertedPlannedHa),
          sumOf(rows, (r) => r.plannedAreaHa),
        ),
    },
  ],
};
