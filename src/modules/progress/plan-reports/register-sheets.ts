import ExcelJS from 'exceljs';
import { EntityManager } from 'typeorm';
import { isAllowed } from '../../../core/auth/access';
import { Principal } from '../../../core/auth/principal';
import { CountWindow, RegisterSheet, RegisterSheets } from '../ports';
import {
  CONVERSION_SHEET,
  CRITERIA_SHEET,
  PLANNED_CONVERTED_SHEET,
  STUDY_SHEET,
  SheetSpec,
  WORK_SHEET,
  ZONE_SHEET,
  addRegisterSheet,
} from './register-sheets.xlsx';

export type AddSheet = (book: ExcelJS.Workbook) => void;

/**
 * The registers' sheets of a plan report, read one statement per register: zones, conversions,
 * works, criteria sets and studies, and for a phase review the planned against converted area by crop.
 * A register the caller may not read gets a sheet that says so, and no statement.
 */
export async function registerSheets(
  manager: EntityManager,
  principal: Principal,
  ports: RegisterSheets,
  period: CountWindow,
  phaseReview: boolean,
): Promise<AddSheet[]> {
  const sheets: AddSheet[] = [];
  const add = async <Row>(sheet: RegisterSheet<Row> | undefined, spec: SheetSpec<Row>) => {
    if (!sheet) return;
    const rows = isAllowed(sheet.readers, principal) ? await sheet.rows(manager, period) : 'WITHHELD';
    sheets.push((book) => addRegisterSheet(book, spec, period, rows));
  };
  if (phaseReview) await add(ports.plannedAgainstConverted, PLANNED_CONVERTED_SHEET);
  await add(ports.productionZones, ZONE_SHEET);
  await add(ports.cropConversions, CONVERSION_SHEET);
  await add(ports.infrastructureWorks, WORK_SHEET);
  await add(ports.criteriaSets, CRITERIA_SHEET);
  await add(ports.researchStudies, STUDY_SHEET);
  return sheets;
}
