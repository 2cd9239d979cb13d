import { EntityManager } from 'typeorm';

/**
 * What the certifications module takes from the rest of the API, handed in by the composition root
 * (src/app/modules.ts). A member left out means the register does not exist yet: the criteria it would
 * feed are answered NO_DATA.
 */

/** One product lot of a holder, as label eligibility reads it. */
export interface RecentLot {
  /** Raw id of the lot. */
  id: string;
  code: string;
  /** YYYY-MM-DD: the lot's date (end of its harvest period). */
  date: string;
  crop: string;
  /** kg CO2e per kg of product, computed by the engine; null when not computed. */
  intensityKgCo2ePerKg: number | null;
}

/** The product lots of a holder (raw organisation or production zone id) of one crop, dated on or after `since`. */
export interface LotIntensitySource {
  recentLots(
    manager: EntityManager,
    holder: { organisationId: string | null; productionZoneId: string | null },
    crop: string,
    since: string,
  ): Promise<RecentLot[]>;
}

export interface CertificationsPorts {
  lotIntensity?: LotIntensitySource;
}
