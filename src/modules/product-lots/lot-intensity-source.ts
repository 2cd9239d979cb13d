import type { LotIntensitySource } from '../certifications/ports';
import { lotsOfHolder } from './lots-of-holder';

/** The certifications module's view of a holder's lots: label eligibility judges intensity criteria on them. */
export const lotIntensitySource: LotIntensitySource = {
  async recentLots(manager, holder, crop, since) {
    const lots = await lotsOfHolder(
      manager,
      { organisationId: holder.organisationId ?? undefined, zoneId: holder.productionZoneId ?? undefined },
      { crop, harvestedFrom: since },
    );
    return lots.map((lot) => ({ id: lot.id, code: lot.code, date: lot.harvestTo, crop: lot.crop, intensityKgCo2ePerKg: lot.intensityKgCo2ePerKg }));
  },
};
