import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { ConversionReportRow, WorkReportRow } from '../ports';
import { CONVERSION_SHEET, WORK_SHEET, addRegisterSheet } from './register-sheets.xlsx';

/** Hectares as stored: numeric(12, 2) above 0 and up to 10^6, as whole hundredths. */
const hundredths = fc.integer({ min: 1, max: 100_000_000 });
const conversion = fc.record({ cents: hundredths, done: fc.boolean() }).map(({ cents, done }): ConversionReportRow => ({
  id: 'Q3JvcENvbnZlcnNpb246MQ==',
  year: 2027,
  unitCode: '24175',
  unitName: 'Xã Hòa Phú',
  fromCrop: 'CASSAVA',
  toCrop: 'COFFEE',
  toCropPerennial: true,
  status: done ? 'DONE' : 'PLANNED',
  areaHa: cents / 100,
  note: null,
}));

async function readBack(build: (book: ExcelJS.Workbook) => void): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  build(book);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await book.xlsx.writeBuffer());
  const rows: unknown[][] = [];
  again.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('register sheets', () => {
  it('totals areas to the hundredth, as the database would sum them, done and planned apart', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(conversion, { maxLength: 40 }), async (rows) => {
        const sheet = await readBack((book) => addRegisterSheet(book, CONVERSION_SHEET, { fromYear: 2026, toYear: 2030 }, rows));
        const totals = sheet[sheet.length - 1];
        const cents = (status?: string) => rows.filter((r) => !status || r.status === status).reduce((a, r) => a + Math.round(r.areaHa * 100), 0);
        expect(totals[0]).toBe(`Total (${rows.length} ${rows.length === 1 ? 'record' : 'records'})`);
        expect(totals.slice(7, 10)).toEqual([cents() / 100, cents('DONE') / 100, cents('PLANNED') / 100]);
        expect(sheet.slice(4, -1).map((r) => r[7])).toEqual(rows.map((r) => r.areaHa));
      }),
      { numRuns: 30 },
    );
  });

  it('sums whole đồng exactly and writes completion days as dates', async () => {
    const work = (investmentVnd: number, completedOn: string | null): WorkReportRow => ({
      id: 'w',
      unitCode: '24175',
      unitName: 'Xã Hòa Phú',
      kind: 'IRRIGATION',
      name: 'Trạm bơm',
      status: completedOn ? 'COMPLETED' : 'PLANNED',
      completedOn,
      areaServedHa: 10.1,
      enablesAlternateWettingDrying: true,
      investmentVnd,
      budgetLineId: null,
    });
    const rows = [work(999_999_999_999_999, '2026-02-28'), work(1_234_567_890_123, null)];
    const sheet = await readBack((book) => addRegisterSheet(book, WORK_SHEET, { fromYear: 2026, toYear: 2026 }, rows));
    expect(sheet[0]).toEqual(['Công trình hạ tầng / Infrastructure works (III.1), 2026']);
    expect(sheet[4][5]).toEqual(new Date('2026-02-28T00:00:00Z'));
    expect(sheet[5][5]).toBeUndefined();
    expect(sheet[6][9]).toBe(999_999_999_999_999 + 1_234_567_890_123);
    expect(sheet[6][6]).toBe(20.2);
  });

  it('says a register was left out instead of listing it', async () => {
    const sheet = await readBack((book) => addRegisterSheet(book, WORK_SHEET, { fromYear: 2026, toYear: 2030 }, 'WITHHELD'));
    expect(sheet).toEqual([['Công trình hạ tầng / Infrastructure works (III.1), 2026-2030'], [expect.stringMatching(/^Not included/)]]);
  });
});
