// Every record type the webhooks publish names a scope resource some module declares, so a partner
// key can hold the scope that lets it receive the type's events.
import { API_MODULES } from '../../src/app/modules';
import { RECORD_TYPES } from '../../src/modules/webhooks/webhook-events';

describe('webhook record types', () => {
  it('name scope resources the modules declare', () => {
    const declared = new Set(API_MODULES.flatMap((m) => m.scopes ?? []));
    const unknown = Object.entries(RECORD_TYPES).filter(([, resource]) => !declared.has(resource));
    expect(unknown).toEqual([]);
  });

  it('cover the registers of the plan', () => {
    expect(Object.keys(RECORD_TYPES)).toEqual(
      expect.arrayContaining([
        'Organisation',
        'CriteriaSet',
        'ProductionZone',
        'CropPlan',
        'CropConversion',
        'PlanningReview',
        'ProgrammeIntegration',
        'InfrastructureWork',
        'ResearchStudy',
        'PlanReportApproval',
        'ProductLot',
        'Certification',
        'OcopProduct',
        'TradePromotionEvent',
        'ExportContract',
        'CarbonProject',
        'CarbonMonitoringPeriod',
        'CreditIssuance',
      ]),
    );
  });
});
