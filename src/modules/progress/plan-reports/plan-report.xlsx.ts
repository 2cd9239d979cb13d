import ExcelJS from 'exceljs';
import { Agency } from '../../agencies';
import { PlanProgressWithCounts as PlanProgress } from '../targets/plan-progress.service';

export interface PlanReportInput {
  title: string;
  /** One entry per year covered (one for the annual report, five for a phase), oldest first. */
  years: PlanProgress[];
  agencyName: (agencyId: string) => string;
  /** The registers' sheets, after the sections (see register-sheets.ts). */
  registerSheets: ((book: ExcelJS.Workbook) => void)[];
}

const STATUS_VI: Record<string, string> = {
  NOT_STARTED: 'Chưa triển khai',
  ON_TRACK: 'Đúng tiến độ',
  AT_RISK: 'Có nguy cơ chậm',
  DELAYED: 'Chậm tiến độ',
  COMPLETED: 'Hoàn thành',
};

/** A section's counts from the registers (tasks the plan sets no number for), a row each and one per part, a column per year. */
function addRecordCounts(ws: ExcelJS.Worksheet, years: PlanProgress[], code: string): void {
  const last = years[years.length - 1].sections.find((s) => s.code === code);
  if (!last || last.recordCounts.length === 0) return;
  const countsOf = (year: PlanProgress) => year.sections.find((s) => s.code === code)?.recordCounts ?? [];
  ws.addRow([]);
  ws.addRow(['Counts from the registers (the plan sets no number for these tasks; shown, not compared)']).font = { bold: true };
  ws.addRow(['Task', 'Unit', 'Count', '', ...years.map((y) => `Actual ${y.year}`), '', 'Source']).font = { bold: true };
  for (const count of last.recordCounts) {
    const same = years.map((y) => countsOf(y).find((c) => c.key === count.key));
    ws.addRow([count.taskCode, count.unit, count.label, null, ...same.map((c) => c?.value ?? null), '', `RECORDS: ${count.sourceDescription}`]);
    for (const part of count.parts) {
      const values = same.map((c) => c?.parts.find((p) => p.key === part.key)?.value ?? null);
      ws.addRow([count.taskCode, count.unit, `  ${part.label}`, null, ...values, '', 'RECORDS']);
    }
  }
}

/**
 * One sheet per section: targets with the actual of each year, status, and the difficulties and
 * proposals reported; then a sheet per register.
 */
export async function planReportWorkbook(input: PlanReportInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Đắk Lắk low-emission crop production plan';
  const last = input.years[input.years.length - 1];
  book.created = last.asOf;
  for (const section of last.sections) {
    const ws = book.addWorksheet(`Section ${section.code}`);
    ws.addRow([input.title]).font = { bold: true };
    ws.addRow([`${section.code}. ${section.title}`]);
    ws.addRow([
      `Actuals are counted from the records in the database (source RECORDS) or summed from approved progress reports (PROGRESS_REPORTS); compared as of ${last.asOf.toISOString()}.`,
    ]);
    ws.addRow([]);
    const yearHeaders = input.years.map((y) => `Actual ${y.year}`);
    ws.addRow(['Task', 'Status', 'Target', 'Goal', ...yearHeaders, 'Comparison', 'Source', 'Budget approved (VND)', 'Budget disbursed (VND)']).font = {
      bold: true,
    };
    for (const task of section.tasks) {
      const rows = task.targets.length > 0 ? task.targets : [null];
      for (const target of rows) {
        const perYear = input.years.map((y) => {
          const same = y.sections.flatMap((s) => s.tasks).find((t) => t.task.id === task.task.id);
          return same?.targets.find((t) => t.target.id === target?.target.id)?.actual ?? null;
        });
        ws.addRow([
          task.task.code,
          task.status ? `${task.status} (${STATUS_VI[task.status]})` : 'no report',
          target?.target.description ?? '',
          target?.goal ?? null,
          ...perYear,
          target?.comparison ?? '',
          target?.source ?? '',
          task.budget.approvedVnd,
          task.budget.disbursedVnd,
        ]);
      }
    }
    addRecordCounts(ws, input.years, section.code);
    ws.addRow([]);
    ws.addRow(['Difficulties and proposals (Khó khăn, vướng mắc và đề xuất, kiến nghị)']).font = { bold: true };
    ws.addRow(['Year', 'Task', 'Reporting agency', 'Report state', 'Difficulties', 'Proposals']).font = { bold: true };
    for (const year of input.years) {
      const yearSection = year.sections.find((s) => s.code === section.code);
      for (const task of yearSection?.tasks ?? []) {
        for (const report of task.reports.filter((r) => r.difficulties || r.proposals)) {
          ws.addRow([report.year, task.task.code, input.agencyName(report.reportingAgencyId), report.state, report.difficulties, report.proposals]);
        }
      }
    }
    ws.getColumn(3).width = 60;
    ws.getColumn(5 + input.years.length + 2).width = 18;
  }
  for (const addSheet of input.registerSheets) addSheet(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const agencyNames = (agencies: Agency[]) => {
  const byId = new Map(agencies.map((a) => [a.id, a.name]));
  return (id: string) => byId.get(id) ?? id;
};
