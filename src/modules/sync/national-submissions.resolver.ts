import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Access, AccessRule } from '../../core/auth/access';
import { actorOf } from '../../core/auth/principal';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { NotFoundError } from '../../core/errors/app-errors';
import { UserError } from '../../core/errors/user-error';
import { decodeGlobalId } from '../../core/relay/global-id';
import { rejectWrite } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { enqueueInventorySync } from './outbox';
import { NationalSubmission } from './crt/national-submission.types';
import { SubmissionDocumentV2, buildSubmissionDocumentV2 } from './crt/submission-v2';
import { InventorySubmissionSource, SubmissionDocument, buildSubmissionDocument } from './submission';
import { SyncJob } from './sync-job.entity';
import { dataSetWork } from '../../server/limits/cost-estimators';
import { ArgLimits, RANGES } from '../../core/input/input-limits';

@InputType()
export class ResendInventoryInput {
  @Field(() => ID, { description: 'A VERIFIED provincial inventory.' })
  id: string;
}

@ObjectType()
export class ResendInventoryPayload {
  @Field(() => [SyncJob], { description: 'One job per configured target, sent again with the same idempotency key.' })
  syncJobs: SyncJob[];

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** Who reads what is sent to the national system: the queries and the XLSX route. */
export const NATIONAL_SUBMISSION_READERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.VERIFIER], scopes: ['inventory:read'] };

/** The verified provincial inventories (one year when given), oldest first. */
export async function verifiedSources(ctx: RequestContext, year?: number | null): Promise<InventorySubmissionSource[]> {
  const manager = ctx.dataSource.manager;
  const submissions = ctx.runtime.nationalSubmissions;
  const sources: InventorySubmissionSource[] = [];
  for (const inventory of await submissions.verified(manager, year)) {
    const source = await submissions.load(manager, inventory.id, inventory.version);
    if (source) sources.push(source);
  }
  return sources;
}

@Resolver()
export class NationalInventoryResolver {
  @Access(NATIONAL_SUBMISSION_READERS)
  @Query(() => [GraphQLJSON], {
    description: 'For the national GHG inventory system: the verified provincial inventories as the totals-only JSON document of format @1.',
    deprecationReason:
      'Use `nationalSubmissions`: typed, in the reporting tables of format @2. The @1 document stays readable here until the national system has moved.',
    complexity: dataSetWork,
  })
  @ArgLimits({ year: RANGES.year })
  async nationalInventorySubmissions(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<SubmissionDocument[]> {
    return (await verifiedSources(ctx, year)).map(buildSubmissionDocument);
  }

  @Access(NATIONAL_SUBMISSION_READERS)
  @Query(() => [NationalSubmission], {
    description:
      'For the national GHG inventory system: the verified provincial inventories in the UNFCCC reporting tables (3.C, 3.D, 3.F, 3.G, 3.H, 4.B), the document the push adapters send (format @2).',
    complexity: dataSetWork,
  })
  @ArgLimits({ year: RANGES.year })
  async nationalSubmissions(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<SubmissionDocumentV2[]> {
    return (await verifiedSources(ctx, year)).map(buildSubmissionDocumentV2);
  }

  @Access({ roles: [Role.ADMIN] })
  @Mutation(() => ResendInventoryPayload, { description: 'Queues a verified provincial inventory for delivery again to every target (same idempotency key).' })
  async resendInventory(@Ctx() ctx: RequestContext, @Arg('input', () => ResendInventoryInput) input: ResendInventoryInput): Promise<ResendInventoryPayload> {
    const id = decodeGlobalId(input.id, 'ProvincialInventory', 'input.id');
    const { record, userErrors } = await runWrite(ctx, {
      operation: 'resendInventory',
      entityType: 'ProvincialInventory',
      write: async (manager) => {
        const inventory = await ctx.runtime.nationalSubmissions.find(manager, id);
        if (!inventory) throw new NotFoundError('ProvincialInventory', input.id);
        if (!inventory.verified) rejectWrite('id', 'NOT_VERIFIED', `Only a verified inventory is sent; this one is ${inventory.status}`);
        const syncJobs = await enqueueInventorySync(manager, ctx.runtime.sync.targets, {
          inventoryId: id,
          version: inventory.version,
          reason: 'RESEND',
          requestedBy: actorOf(ctx.principal).actorId,
        });
        await recordAudit(manager, ctx, {
          action: 'resendInventory',
          entityType: 'ProvincialInventory',
          entityId: id,
          after: { version: inventory.version, syncJobs: syncJobs.map((j) => j.id) },
        });
        return syncJobs;
      },
    });
    return { syncJobs: record ?? [], userErrors };
  }
}
