import { Arg, Args, ClassType, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, AccessRule } from '../../../core/auth/access';
import { RequestContext } from '../../../core/context';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { UserError } from '../../../core/errors/user-error';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { PageArgs } from '../../../core/relay/pagination';
import { WriteResult } from '../../../core/writes/write-pipeline';
import { AdministrativeUnit } from '../../geography';
import { SyncedConnectionResult, SyncedConnectionType } from '../../../core/relay/synced-list';
import { RegisterRecord } from './register-record';

/** A payload `{ <field>: T, userErrors }`: what every register mutation answers with. */
export function RegisterPayloadType<T extends SyncedEntity>(nodeType: ClassType<T>, name: string, field: string) {
  @ObjectType(`${name}Payload`)
  class Payload {
    @Field(() => nodeType, { name: field, nullable: true })
    record: T | null;

    @Field(() => [UserError])
    userErrors: UserError[];
  }
  return Payload;
}

/** The service of one register: a list with filters and the three writes. */
export interface RegisterService<T extends SyncedEntity, C, U, F> {
  list(ctx: RequestContext, page: PageArgs, filter: F | null | undefined, updatedSince: Date | null | undefined): Promise<SyncedConnectionResult<T>>;
  create(ctx: RequestContext, input: C): Promise<WriteResult<T>>;
  update(ctx: RequestContext, input: U): Promise<WriteResult<T>>;
  delete(ctx: RequestContext, input: DeleteRecordInput): Promise<WriteResult<T>>;
}

export interface RegisterResolverOptions<T extends SyncedEntity, C extends object, U extends object, F extends object> {
  /** The record type; it belongs to one administrative unit (the province for province-wide records). */
  nodeType: ClassType<T>;
  /** The GraphQL type name, e.g. CropPlan: mutations create<Name>, update<Name>, delete<Name>. */
  name: string;
  /** The list query, e.g. cropPlans. */
  listName: string;
  /** What the list holds, for its description. */
  what: string;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  filter: ClassType<F>;
  readers: AccessRule;
  writers: AccessRule;
  service: RegisterService<T, C, U, F>;
}

/**
 * Builds a register's resolver: its Relay list (filters, `updatedSince` with tombstones), create,
 * update and delete (each with its payload), and the record's `administrativeUnit`. Declare the
 * concrete resolver with `@Resolver(() => CropPlan) class CropPlanResolver extends RegisterResolver({...}) {}`.
 */
export function RegisterResolver<T extends RegisterRecord, C extends object, U extends object, F extends object>(options: RegisterResolverOptions<T, C, U, F>) {
  const { nodeType, name, listName, readers, writers, service } = options;
  const field = name.charAt(0).toLowerCase() + name.slice(1);

  @ObjectType(`${name}Connection`, { description: `A page of ${options.what}.` })
  class Connection extends SyncedConnectionType(nodeType, name) {}

  const Payload = RegisterPayloadType(nodeType, name, field);
  type Payload = InstanceType<typeof Payload>;
  const payload = ({ record, userErrors }: WriteResult<T>): Payload => ({ record, userErrors });

  @Resolver(() => nodeType)
  abstract class RegisterResolverBase {
    @Access(readers)
    @Query(() => Connection, {
      name: listName,
      description: `${options.what}, oldest first. With updatedSince: every change since then, deletions as tombstones, oldest change first.`,
    })
    list(
      @Ctx() ctx: RequestContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => options.filter, { nullable: true }) filter?: F | null,
      @Arg('updatedSince', () => Date, { nullable: true }) updatedSince?: Date | null,
    ): Promise<Connection> {
      return service.list(ctx, page, filter, updatedSince) as Promise<Connection>;
    }

    @Access(writers)
    @Mutation(() => Payload, { name: `create${name}`, description: 'Records it for a unit in your scope; safe to retry with an idempotencyKey.' })
    async create(@Ctx() ctx: RequestContext, @Arg('input', () => options.createInput) input: C): Promise<Payload> {
      return payload(await service.create(ctx, input));
    }

    @Access(writers)
    @Mutation(() => Payload, { name: `update${name}`, description: 'Changes the given fields of the version you edited.' })
    async update(@Ctx() ctx: RequestContext, @Arg('input', () => options.updateInput) input: U): Promise<Payload> {
      return payload(await service.update(ctx, input));
    }

    @Access(writers)
    @Mutation(() => Payload, { name: `delete${name}`, description: 'Deletes softly; syncing devices receive a tombstone.' })
    async delete(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteRecordInput) input: DeleteRecordInput): Promise<Payload> {
      return payload(await service.delete(ctx, input));
    }

    @FieldResolver(() => AdministrativeUnit, { description: 'The commune or ward; the province for a province-wide record.' })
    async administrativeUnit(@Root() record: T, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
      return (await ctx.loaders.unitById.load(record.administrativeUnitId))!;
    }
  }
  return RegisterResolverBase;
}
