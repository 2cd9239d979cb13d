import { vietnamDate } from '../../core/input/input-checks';
import { Certification } from './certification.entity';
import { CertificationStatus } from './certification.enums';

/**
 * Expiry is computed when read, never stored by a job: a GRANTED (or SUSPENDED) certification whose
 * last day of validity has passed (Vietnam time) is EXPIRED. The stored status stays the decision's,
 * so "valid on day D" (labels, lot verification) keeps answering from validFrom..validTo.
 */
const EXPIRES: readonly CertificationStatus[] = [CertificationStatus.GRANTED, CertificationStatus.SUSPENDED];

export function effectiveStatus(certification: Pick<Certification, 'status' | 'validTo'>, today = vietnamDate(new Date())): CertificationStatus {
  const { status, validTo } = certification;
  return EXPIRES.includes(status) && validTo !== null && validTo < today ? CertificationStatus.EXPIRED : status;
}

/** SQL (alias `c`) for "its status as shown is :shownStatus" on :today; the caller binds both. */
export function shownStatusSql(status: CertificationStatus): string {
  if (status === CertificationStatus.EXPIRED) {
    return `(c.status = 'EXPIRED' OR (c.status IN ('GRANTED', 'SUSPENDED') AND c.valid_to < :today))`;
  }
  if (EXPIRES.includes(status)) return `(c.status = :shownStatus AND c.valid_to >= :today)`;
  return `c.status = :shownStatus`;
}
