import { EntityManager } from 'typeorm';
import { assertMayWriteRegister } from '../../core/auth/register-writers';
import { lockForWrite } from '../../core/auth/references';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { isCalendarDay } from '../../core/input/check-arguments';
import { optionalText, positive, requiredText, vietnamDate } from '../../core/input/input-checks';
import { assertEditable } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { OrganisationKind, cropCodes, liveOrganisation } from '../organisations';
import { CERTIFICATIONS } from './certification-access';
import { effectiveStatus } from './certification-expiry';
import { applicantHolder } from './certification-holder';
import { Certification } from './certification.entity';
import { CERTIFICATION_TRANSITIONS, CertificationScheme, CertificationStatus } from './certification.enums';
import { ApplyForCertificationInput, DecideCertificationInput } from './certification.inputs';

export interface CertificationResult {
  certification: Certification | null;
  userErrors: UserError[];
}

const TYPE = 'Certification';
/** Certificates are issued for a few years at most; a longer span or one far off is a typing error. */
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2060-12-31';

const replay = (manager: EntityManager, id: string) => manager.getRepository(Certification).findOneBy({ id });

function certificateDate(value: string, field: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new BadUserInputError(`${field} must be a date written YYYY-MM-DD`, field, 'INVALID_DATE');
  if (day < FIRST_DAY || day > LAST_DAY) throw new BadUserInputError(`${field} must be from ${FIRST_DAY} to ${LAST_DAY}`, field, 'OUT_OF_RANGE');
  return day;
}

function checkedApplication(input: ApplyForCertificationInput) {
  const schemeName = optionalText(input.schemeName, 'input.schemeName', 200);
  if (input.scheme === CertificationScheme.OTHER && !schemeName) {
    throw new BadUserInputError('Name the scheme when it is OTHER', 'input.schemeName', 'REQUIRED');
  }
  const crops = cropCodes(input.crops, 'input.crops');
  if (crops.length === 0) throw new BadUserInputError('A certification covers at least one crop', 'input.crops', 'REQUIRED');
  const notes = optionalText(input.notes, 'input.notes', 2000);
  return {
    scheme: input.scheme,
    schemeName: input.scheme === CertificationScheme.OTHER ? schemeName : null,
    crops,
    areaHa: input.areaHa == null ? null : positive(input.areaHa, 'input.areaHa'),
    notes,
  };
}

/** Applies for a certification of an organisation or a zone whose every commune the caller writes for. */
export async function applyForCertification(ctx: RequestContext, input: ApplyForCertificationInput): Promise<CertificationResult> {
  const fields = checkedApplication(input);
  const holder = await applicantHolder(ctx, ctx.dataSource, input);
  await assertMayWriteRegister(ctx, { units: holder.units, field: holder.units[0]?.field ?? 'input.organisationId' });
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'applyForCertification',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      let certificationBodyId: string | null = null;
      if (input.certificationBodyId) {
        const body = await liveOrganisation(ctx, manager, input.certificationBodyId, 'input.certificationBodyId');
        if (body.kind !== OrganisationKind.CERTIFICATION_BODY) {
          throw new BadUserInputError(
            'The certification body must be an organisation of kind CERTIFICATION_BODY',
            'input.certificationBodyId',
            'NOT_A_CERTIFICATION_BODY',
          );
        }
        certificationBodyId = body.id;
      }
      const repo = manager.getRepository(Certification);
      const saved = await repo.save(
        repo.create({
          ...fields,
          organisationId: holder.organisation?.id ?? null,
          productionZoneId: holder.zone?.id ?? null,
          administrativeUnitIds: holder.units.map((u) => u.id),
          certificationBodyId,
          certificateNumber: null,
          status: CertificationStatus.APPLIED,
          statusReason: fields.notes ?? 'Applied',
          statusChangedAt: new Date(),
          grantedOn: null,
          validFrom: null,
          validTo: null,
        }),
      );
      await recordAudit(manager, ctx, { action: 'applyForCertification', entityType: TYPE, entityId: saved.id, before: null, after: { ...saved } });
      return saved;
    },
  });
  return { certification: record, userErrors };
}

/** The validity a decision leaves: given with a grant (a re-grant may keep the stored one); refused with any other status. */
function validity(input: DecideCertificationInput, before: Certification): Pick<Certification, 'validFrom' | 'validTo'> {
  const given = input.validFrom != null || input.validTo != null;
  if (input.status !== CertificationStatus.GRANTED) {
    if (given)
      throw new BadUserInputError('Validity dates are given when granting', input.validFrom != null ? 'input.validFrom' : 'input.validTo', 'NOT_APPLICABLE');
    return { validFrom: before.validFrom, validTo: before.validTo };
  }
  const validFrom = input.validFrom != null ? certificateDate(input.validFrom, 'input.validFrom') : before.validFrom;
  const validTo = input.validTo != null ? certificateDate(input.validTo, 'input.validTo') : before.validTo;
  if (!validFrom) throw new BadUserInputError('A grant needs validFrom', 'input.validFrom', 'REQUIRED');
  if (!validTo) throw new BadUserInputError('A grant needs validTo', 'input.validTo', 'REQUIRED');
  if (validTo < validFrom) throw new BadUserInputError('validTo must not be before validFrom', 'input.validTo', 'DATE_ORDER');
  return { validFrom, validTo };
}

/**
 * A decision of the province or of the certification body named on it (CERTIFICATIONS' canWrite: an
 * officer of another body is refused like any caller out of scope): a valid transition, with a reason;
 * everything it changes is audited.
 */
export async function decideCertification(ctx: RequestContext, input: DecideCertificationInput): Promise<CertificationResult> {
  const reason = requiredText(input.reason, 'input.reason', 2000);
  const certificateNumber = optionalText(input.certificateNumber, 'input.certificateNumber', 100);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'decideCertification',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, CERTIFICATIONS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      // From its status as of today: one whose validity has passed is EXPIRED, which is final.
      const current = effectiveStatus(before);
      if (!CERTIFICATION_TRANSITIONS[current].includes(input.status)) {
        throw new BadUserInputError(`A ${current} certification cannot become ${input.status}`, 'input.status', 'INVALID_TRANSITION');
      }
      if (certificateNumber && input.status !== CertificationStatus.GRANTED) {
        throw new BadUserInputError('A certificate number is given when granting', 'input.certificateNumber', 'NOT_APPLICABLE');
      }
      const repo = manager.getRepository(Certification);
      const saved = await repo.save(
        repo.merge(repo.create({ ...before }), {
          ...validity(input, before),
          status: input.status,
          statusReason: reason,
          statusChangedAt: new Date(),
          certificateNumber: certificateNumber ?? before.certificateNumber,
          grantedOn: before.grantedOn ?? (input.status === CertificationStatus.GRANTED ? vietnamDate(new Date()) : null),
        }),
      );
      await recordAudit(manager, ctx, { action: 'decideCertification', entityType: TYPE, entityId: saved.id, before: { ...before }, after: { ...saved } });
      return saved;
    },
  });
  return { certification: record, userErrors };
}
