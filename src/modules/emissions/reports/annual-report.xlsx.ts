import ExcelJS from 'exceljs';
import { AnnualEmissionReport } from './annual-report.types';

const KG_FORMAT = '#,##0.000';
const PCT_FORMAT = '0.0';

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  report: AnnualEmissionReport,
  columns: { header: string; key: string; width: number; kg?: boolean; pct?: boolean }[],
  basis?: string,
) {
  const ws = book.addWorksheet(name);
  // The method line heads every sheet, so a sheet copied on its own still says how it was computed.
  ws.addRow([`Đắk Lắk — GHG emissions from crop production ${report.year}`]).font = { bold: true };
  ws.addRow([report.methodStatement]);
  ws.addRow(basis ? [basis] : []);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    if (c.kg) ws.getColumn(i + 1).numFmt = KG_FORMAT;
    if (c.pct) ws.getColumn(i + 1).numFmt = PCT_FORMAT;
  });
  return (values: Record<string, unknown>) => ws.addRow(columns.map((c) => values[c.key] ?? null));
}

/** The V.4 annual report as an XLSX workbook: emissions by category × gas, commune and crop; verified reductions by category, crop and commune; communes without a verified reduction; missing communes. */
export async function annualReportWorkbook(report: AnnualEmissionReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Đắk Lắk low-emission crop production MRV';
  book.created = report.provincialInventory.verifiedAt ?? new Date(0);
  const inv = report.provincialInventory;

  const summary = sheet(book, 'Summary', report, [
    { header: 'Item', key: 'item', width: 40 },
    { header: 'Value', key: 'value', width: 60 },
  ]);
  summary({ item: 'Year', value: report.year });
  summary({ item: 'Inventory version', value: inv.version });
  summary({ item: 'Replaces version', value: inv.replacesVersion ?? '-' });
  summary({ item: 'Factor set', value: inv.factorSetChain.join(' over ') });
  summary({ item: 'GWP set', value: inv.gwpSet });
  summary({ item: 'Emissions (kg CO2e)', value: inv.emissionsCo2eKg });
  summary({ item: 'Removals (kg CO2e)', value: inv.removalsCo2eKg });
  summary({ item: 'Net total (kg CO2e)', value: inv.totalCo2eKg });
  summary({ item: 'Grid electricity, indirect (kg CO2e)', value: inv.indirectEnergyCo2eKg });
  summary({ item: 'Uncertainty of the net total (%, 95 %)', value: report.uncertainty?.total.pct ?? 'not assessed' });
  summary({ item: 'Uncertainty of emissions (%, 95 %)', value: report.uncertainty?.emissions.pct ?? 'not assessed' });
  summary({ item: 'Uncertainty approach', value: report.uncertainty?.approach ?? 'not assessed' });
  summary({ item: 'Factors without a range (counted as exact)', value: report.uncertainty?.factorsWithoutRange.join(', ') || '-' });
  summary({ item: 'Communes included', value: inv.communesIncluded.length });
  summary({ item: 'Communes missing', value: report.missingCommunes.length });
  summary({ item: 'Input hash', value: inv.inputHash });
  const reduced = report.reductions.total;
  summary({ item: 'Verified baseline (kg CO2e)', value: reduced.baselineCo2eKg });
  summary({ item: 'Verified actual (kg CO2e)', value: reduced.actualCo2eKg });
  summary({ item: 'Verified reduction (kg CO2e)', value: reduced.reductionCo2eKg });
  summary({ item: 'Uncertainty of the verified reduction (%, 95 %)', value: reduced.uncertaintyPct ?? 'not assessed' });
  summary({ item: 'Communes with a verified reduction', value: report.reductions.byCommune.length });
  summary({ item: 'Communes without a verified reduction', value: report.unverifiedReductionCommunes.length });
  summary({ item: 'Reductions basis', value: report.reductions.basis });

  const category = sheet(book, 'By category and gas', report, [
    { header: 'IPCC category', key: 'category', width: 22 },
    { header: 'Name', key: 'categoryName', width: 40 },
    { header: 'Gas', key: 'gas', width: 8 },
    { header: 'Kind', key: 'kind', width: 12 },
    { header: 'Mass (kg)', key: 'massKg', width: 20, kg: true },
    { header: 'CO2e (kg)', key: 'co2eKg', width: 20, kg: true },
    { header: 'Uncertainty (%, 95 %)', key: 'uncertaintyPct', width: 14, pct: true },
    { header: 'Lower (%)', key: 'uncertaintyLowerPct', width: 12, pct: true },
    { header: 'Upper (%)', key: 'uncertaintyUpperPct', width: 12, pct: true },
  ]);
  report.byCategory.forEach((row) => category({ ...row }));

  const commune = sheet(book, 'By commune', report, [
    { header: 'Code', key: 'administrativeUnitCode', width: 10 },
    { header: 'Commune / ward', key: 'name', width: 30 },
    { header: 'Inventory version', key: 'inventoryVersion', width: 10 },
    { header: 'Emissions (kg CO2e)', key: 'emissionsCo2eKg', width: 20, kg: true },
    { header: 'Removals (kg CO2e)', key: 'removalsCo2eKg', width: 20, kg: true },
    { header: 'Net (kg CO2e)', key: 'totalCo2eKg', width: 20, kg: true },
    { header: 'Grid electricity (kg CO2e)', key: 'indirectEnergyCo2eKg', width: 20, kg: true },
    { header: 'Uncertainty of net (%, 95 %)', key: 'uncertaintyPct', width: 14, pct: true },
  ]);
  report.byCommune.forEach((row) => commune({ ...row }));

  const crop = sheet(book, 'By crop', report, [
    { header: 'Crop', key: 'cropCode', width: 18 },
    { header: 'Area (ha)', key: 'areaHa', width: 14 },
    { header: 'Emissions (kg CO2e)', key: 'emissionsCo2eKg', width: 20, kg: true },
    { header: 'Removals (kg CO2e)', key: 'removalsCo2eKg', width: 20, kg: true },
    { header: 'Net (kg CO2e)', key: 'totalCo2eKg', width: 20, kg: true },
    { header: 'Net per ha (kg CO2e/ha)', key: 'co2ePerHa', width: 20, kg: true },
    { header: 'Uncertainty of net (%, 95 %)', key: 'uncertaintyPct', width: 14, pct: true },
  ]);
  report.byCrop.forEach((row) => crop({ ...row }));

  const amounts = [
    { header: 'Baseline (kg CO2e)', key: 'baselineCo2eKg', width: 20, kg: true },
    { header: 'Actual (kg CO2e)', key: 'actualCo2eKg', width: 20, kg: true },
    { header: 'Reduction (kg CO2e)', key: 'reductionCo2eKg', width: 20, kg: true },
    { header: 'Reduction (% of baseline)', key: 'reductionPercent', width: 14, pct: true },
    { header: 'Uncertainty of reduction (%, 95 %)', key: 'uncertaintyPct', width: 14, pct: true },
  ];
  const basis = report.reductions.basis;
  const byCategory = sheet(book, 'Reductions by category', report, [{ header: 'IPCC category', key: 'category', width: 22 }, ...amounts], basis);
  report.reductions.byCategory.forEach((row) => byCategory({ ...row }));
  const byCrop = sheet(book, 'Reductions by crop', report, [{ header: 'Crop', key: 'cropCode', width: 18 }, ...amounts], basis);
  report.reductions.byCrop.forEach((row) => byCrop({ ...row }));
  const byCommune = sheet(
    book,
    'Reductions by commune',
    report,
    [
      { header: 'Code', key: 'administrativeUnitCode', width: 10 },
      { header: 'Commune / ward', key: 'name', width: 30 },
      { header: 'Baseline inventory version', key: 'baselineInventoryVersion', width: 10 },
      { header: 'Actual inventory version', key: 'actualInventoryVersion', width: 10 },
      ...amounts,
    ],
    basis,
  );
  report.reductions.byCommune.forEach((row) => byCommune({ ...row }));
  const unverified = sheet(
    book,
    'Reductions not verified',
    report,
    [
      { header: 'Code', key: 'administrativeUnitCode', width: 10 },
      { header: 'Commune / ward', key: 'name', width: 30 },
      { header: 'Reason', key: 'reason', width: 28 },
      { header: 'Baseline inventory status', key: 'baselineStatus', width: 14 },
      { header: 'Actual inventory status', key: 'actualStatus', width: 14 },
    ],
    'Not verified: these communes have no verified BASELINE and ACTUAL inventories with the sets above; their reductions are not counted or shown.',
  );
  report.unverifiedReductionCommunes.forEach((row) => unverified({ ...row }));

  const missing = sheet(book, 'Missing communes', report, [
    { header: 'Code', key: 'code', width: 10 },
    { header: 'Commune / ward', key: 'name', width: 30 },
    { header: 'Reason', key: 'reason', width: 20 },
  ]);
  report.missingCommunes.forEach((row) => missing({ ...row }));

  return Buffer.from(await book.xlsx.writeBuffer());
}
