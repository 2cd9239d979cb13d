import { EntityManager } from 'typeorm';
import { CountWindow, RegisterCounts } from '../ports';
import { MeasurePart } from './measure.types';

/**
 * Counts the annual report shows for tasks whose expected result is a report or a document, not a
 * number (section VI.2-VI.5): the plan sets no target for them, so they are figures, never compared.
 */
export interface SectionCount {
  sectionCode: string;
  taskCode: string;
  key: string;
  label: string;
  unit: string;
  /** What is counted, and where to see the records in the API. */
  describe: string;
  /** `today` is the Vietnam day the view is made (events after it are not held yet). */
  count(manager: EntityManager, window: CountWindow, today: string): Promise<{ value: number; parts?: MeasurePart[] }>;
}

type Spec = Omit<SectionCount, 'sectionCode' | 'count'>;

const VI = (spec: Spec, count: SectionCount['count']): SectionCount => ({ sectionCode: 'VI', ...spec, count });

/** The last day of the window, or `today` while the window's last year is still running. */
const dayAtEnd = (window: CountWindow, today: string): string => {
  const end = `${window.toYear}-12-31`;
  return today < end ? today : end;
};

/** The counts of the registers handed in, in task order; a register not wired has no count. */
export function sectionCounts(counts: RegisterCounts): SectionCount[] {
  const list: SectionCount[] = [];
  const {
    lotsRegistered,
    labelsGranted,
    tradeEventsHeld,
    exportContractsSigned,
    carbonProjectsByStatus,
    creditsIssued,
    ocopProductsRated,
    ocopProductsWithLabel,
  } = counts;
  if (lotsRegistered) {
    const describe = 'Live product lots registered from a harvest in the year, Vietnam time; split and merged lots left out (productLots)';
    list.push(
      VI({ taskCode: 'VI.2', key: 'LOTS_REGISTERED', label: 'Traceable lots registered', unit: 'lot', describe }, async (m, w) => ({
        value: await lotsRegistered(m, w),
      })),
    );
  }
  if (labelsGranted) {
    const describe = 'Low-emission labels first granted in the year (grantedOn), deleted ones left out (certifications, scheme LOW_EMISSION_LABEL)';
    list.push(
      VI({ taskCode: 'VI.2', key: 'LABELS_GRANTED', label: 'Low-emission labels granted', unit: 'label', describe }, async (m, w) => ({
        value: await labelsGranted(m, w),
      })),
    );
  }
  if (tradeEventsHeld) {
    const describe =
      'Live trade promotion events (fairs, missions, exhibitions, buyer meetings) that ended in the year, by the day of the view (tradePromotionEvents)';
    list.push(
      VI({ taskCode: 'VI.3', key: 'TRADE_EVENTS_HELD', label: 'Trade promotion events held', unit: 'event', describe }, async (m, w, today) => ({
        value: await tradeEventsHeld(m, w, today),
      })),
    );
  }
  if (exportContractsSigned) {
    const describe = 'Live export contracts signed in the year (signedDate), drafts and cancelled ones left out (exportContracts)';
    list.push(
      VI({ taskCode: 'VI.3', key: 'EXPORT_CONTRACTS_SIGNED', label: 'Export contracts signed', unit: 'contract', describe }, async (m, w) => ({
        value: await exportContractsSigned(m, w),
      })),
    );
  }
  if (carbonProjectsByStatus) {
    const describe = 'Live carbon credit projects by their status now, one part per status (carbonProjects)';
    list.push(
      VI({ taskCode: 'VI.4', key: 'CARBON_PROJECTS', label: 'Carbon credit projects', unit: 'project', describe }, async (m) => {
        const byStatus = await carbonProjectsByStatus(m);
        return {
          value: byStatus.reduce((sum, s) => sum + s.count, 0),
          parts: byStatus.map((s) => ({ key: s.status, label: `Projects ${s.status}`, value: s.count })),
        };
      }),
    );
  }
  if (creditsIssued) {
    const describe = 'Carbon credits (t CO2e) issued in the year (issuedOn), deleted issuances left out (creditIssuances)';
    list.push(
      VI({ taskCode: 'VI.4', key: 'CREDITS_ISSUED', label: 'Carbon credits issued', unit: 't CO2e', describe }, async (m, w) => ({
        value: await creditsIssued(m, w),
      })),
    );
  }
  if (ocopProductsRated) {
    const describe = 'Live OCOP products whose rating decision is of the year (ocopProducts, yearRated)';
    list.push(
      VI({ taskCode: 'VI.5', key: 'OCOP_PRODUCTS_RATED', label: 'OCOP products rated', unit: 'product', describe }, async (m, w) => ({
        value: await ocopProductsRated(m, w),
      })),
    );
  }
  if (ocopProductsWithLabel) {
    const describe =
      "Live OCOP products whose organisation holds a low-emission label valid on the year's last day, or on the day of the view while the year runs (ocopProducts)";
    list.push(
      VI(
        { taskCode: 'VI.5', key: 'OCOP_PRODUCTS_WITH_LABEL', label: 'OCOP products with the low-emission label', unit: 'product', describe },
        async (m, w, today) => ({
          value: await ocopProductsWithLabel(m, dayAtEnd(w, today)),
        }),
      ),
    );
  }
  return list;
}
