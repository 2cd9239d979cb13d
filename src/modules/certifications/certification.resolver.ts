import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../core/auth/access';
import { RequestContext } from '../../core/context';
import { UserError } from '../../core/errors/user-error';
import { ArgLimits } from '../../core/input/input-limits';
import { PageArgs } from '../../core/relay/pagination';
import { SyncedConnectionType } from '../../core/relay/synced-list';
import { AdministrativeUnit } from '../geography';
import { Organisation } from '../organisations';
import { ProductionZone } from '../production-zones';
import { CERTIFICATION_APPLICANTS, CERTIFICATION_DECIDERS, CERTIFICATION_READERS, ELIGIBILITY_READERS } from './certification-access';
import { effectiveStatus } from './certification-expiry';
import { listCertifications } from './certification-list';
import { CertificationStatus } from './certification.enums';
import { Certification } from './certification.entity';
import { ApplyForCertificationInput, CertificationFilter, CertificationOrder, DecideCertificationInput } from './certification.inputs';
import { applyForCertification, decideCertification } from './certification.service';
import { LabelEligibility } from './eligibility/eligibility.types';
import { labelEligibility } from './eligibility/label-eligibility';

@ObjectType({ description: 'A page of certifications.' })
export class CertificationConnection extends SyncedConnectionType(Certification, 'Certification') {}

@ObjectType()
export class CertificationPayload {
  @Field(() => Certification, { nullable: true })
  certification: Certification | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

const present = <T>(items: (T | null | Error)[]): T[] => items.filter((item): item is T => item !== null && !(item instanceof Error));

@Resolver(() => Certification)
export class CertificationResolver {
  @Access(CERTIFICATION_READERS)
  @Query(() => CertificationConnection, {
    description:
      'Certifications and low-emission labels (task VI.2): everyone sees those once granted; applications are seen by the holder’s communes and the province. With updatedSince: every change since then, oldest first.',
  })
  certifications(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CertificationFilter, { nullable: true }) filter?: CertificationFilter | null,
    @Arg('orderBy', () => CertificationOrder, { nullable: true }) orderBy?: CertificationOrder | null,
    @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
  ): Promise<CertificationConnection> {
    return listCertifications(ctx, page, filter, orderBy, updatedSince) as Promise<CertificationConnection>;
  }

  @Access(CERTIFICATION_APPLICANTS)
  @Mutation(() => CertificationPayload, { description: 'Applies for a certification of an organisation or zone in communes you write for; it starts APPLIED.' })
  applyForCertification(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApplyForCertificationInput) input: ApplyForCertificationInput,
  ): Promise<CertificationPayload> {
    return applyForCertification(ctx, input);
  }

  @Access(CERTIFICATION_DECIDERS)
  @Mutation(() => CertificationPayload, {
    description:
      'A decision of a province officer, or of an officer of the certification body named on it: moves a certification to the given status with a reason (audited). Only valid transitions from its status as of today; others are BAD_USER_INPUT INVALID_TRANSITION.',
  })
  decideCertification(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideCertificationInput) input: DecideCertificationInput,
  ): Promise<CertificationPayload> {
    return decideCertification(ctx, input);
  }

  @Access(ELIGIBILITY_READERS)
  @ArgLimits({ cropCode: { maxLength: 30 } })
  @Query(() => LabelEligibility, {
    description:
      'Whether an organisation or production zone qualifies for the low-emission label for a crop: each criterion of the crop’s ADOPTED criteria set, judged from records (MET, NOT_MET or NO_DATA, with the figures).',
  })
  labelEligibility(
    @Ctx() ctx: RequestContext,
    @Arg('holderId', () => ID) holderId: string,
    @Arg('cropCode', () => String) cropCode: string,
  ): Promise<LabelEligibility> {
    return labelEligibility(ctx, holderId, cropCode, ctx.runtime.lotIntensitySource);
  }

  @FieldResolver(() => CertificationStatus, {
    name: 'status',
    description: 'The status as of today: GRANTED or SUSPENDED whose validTo has passed (Vietnam time) shows EXPIRED; see decidedStatus.',
  })
  shownStatus(@Root() c: Certification): CertificationStatus {
    return effectiveStatus(c);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The holding organisation (or see productionZone).' })
  organisation(@Root() c: Certification, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return c.organisationId ? ctx.loaders.organisationById.load(c.organisationId) : null;
  }

  @FieldResolver(() => ProductionZone, { nullable: true, description: 'The holding production zone (or see organisation).' })
  productionZone(@Root() c: Certification, @Ctx() ctx: RequestContext): Promise<ProductionZone | null> | null {
    return c.productionZoneId ? ctx.loaders.productionZoneById.load(c.productionZoneId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The certification body reviewing it.' })
  certificationBody(@Root() c: Certification, @Ctx() ctx: RequestContext): Promise<Organisation | null> | null {
    return c.certificationBodyId ? ctx.loaders.organisationById.load(c.certificationBodyId) : null;
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'The holder’s communes when it applied.' })
  async communes(@Root() c: Certification, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return present(await ctx.loaders.unitById.loadMany(c.administrativeUnitIds));
  }
}
