import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { userError } from '../../core/errors/user-error';
import { ConnectionResult } from '../../core/relay/connection';
import { decodeGlobalId, isUuid, tryDecodeGlobalId } from '../../core/relay/global-id';
import { PageArgs, paginate } from '../../core/relay/pagination';
import { rejectWrite } from '../../core/writes/record-writes';
import { runWrite } from '../../core/writes/write-pipeline';
import { recordAudit } from '../audit';
import { AdministrativeUnit, AdministrativeUnitKind } from '../geography';
import { Organisation } from '../organisations';
import { ApiKey } from './api-key.entity';
import { generateApiKey, sha256 } from './api-key-secrets';
import { CreateApiKeyInput } from './identity.inputs';
import { ApiKeyPayload, CreateApiKeyPayload } from './identity.payloads';

const DEFAULT_RATE_LIMIT = 60;

/** The live organisation a key is bound to; unknown, malformed or deleted: BAD_USER_INPUT on organisationId. */
async function keyOrganisation(manager: EntityManager, globalId: string): Promise<Organisation> {
  const decoded = tryDecodeGlobalId(globalId);
  const organisation = decoded?.type === 'Organisation' && isUuid(decoded.id) ? await manager.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
  if (!organisation || organisation.deletedAt) throw new BadUserInputError(`No organisation ${globalId}`, 'input.organisationId', 'NOT_FOUND');
  return organisation;
}

export async function createApiKey(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
  const failed = (field: string, code: string, message: string) => ({ apiKey: null, secret: null, userErrors: [userError(field, code, message)] });
  const scopes = [...new Set(input.scopes.map((s) => s.trim()))];
  const unknown = scopes.find((s) => !(ctx.runtime.scopes as readonly string[]).includes(s));
  if (unknown !== undefined) return failed('scopes', 'INVALID_SCOPE', `Unknown scope "${unknown}"`);
  if (scopes.length === 0) return failed('scopes', 'REQUIRED', 'A key needs at least one scope');
  if (input.expiresAt && input.expiresAt <= new Date()) return failed('expiresAt', 'IN_THE_PAST', 'expiresAt must be in the future');

  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createApiKey',
    entityType: 'ApiKey',
    write: async (manager) => {
      let administrativeUnitIds: string[] | null = null;
      if (input.administrativeUnitCodes) {
        const codes = [...new Set(input.administrativeUnitCodes.map((c) => c.trim()))];
        const units = await manager.getRepository(AdministrativeUnit).findBy({ code: In(codes) });
        const missing = codes.find((code) => !units.some((u) => u.code === code && u.kind !== AdministrativeUnitKind.PROVINCE));
        if (missing !== undefined) rejectWrite('administrativeUnitCodes', 'NOT_FOUND', `No commune or ward has code ${missing}`);
        administrativeUnitIds = units.map((u) => u.id);
      }
      let organisationId: string | null = null;
      if (input.organisationId) {
        const organisation = await keyOrganisation(manager, input.organisationId);
        // The key writes the organisation's lots where its staff work: the seat's commune must be one the key writes for.
        if (administrativeUnitIds && !administrativeUnitIds.includes(organisation.administrativeUnitId)) {
          throw new BadUserInputError("The organisation's seat is not in one of the key's communes", 'input.organisationId', 'OTHER_UNIT');
        }
        administrativeUnitIds ??= [organisation.administrativeUnitId];
        organisationId = organisation.id;
      }
      const { prefix, secret, fullKey } = generateApiKey();
      const keys = manager.getRepository(ApiKey);
      const apiKey = await keys.save(
        keys.create({
          name: input.name.trim(),
          partnerName: input.partnerName.trim(),
          prefix,
          secretHash: sha256(secret),
          scopes,
          administrativeUnitIds,
          organisationId,
          expiresAt: input.expiresAt ?? null,
          rateLimitPerMinute: input.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT,
          createdById: ctx.principal.kind === 'USER' ? ctx.principal.userId : null,
        }),
      );
      await recordAudit(manager, ctx, { action: 'createApiKey', entityType: 'ApiKey', entityId: apiKey.id, after: { ...apiKey } });
      // The secret exists only in this answer: the key keeps its hash.
      return { apiKey, secret: fullKey };
    },
  });
  return { apiKey: record?.apiKey ?? null, secret: record?.secret ?? null, userErrors };
}

export async function revokeApiKey(ctx: RequestContext, globalId: string): Promise<ApiKeyPayload> {
  const id = decodeGlobalId(globalId, 'ApiKey', 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'revokeApiKey',
    entityType: 'ApiKey',
    write: async (manager) => {
      const keys = manager.getRepository(ApiKey);
      const before = await keys.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) return rejectWrite('id', 'NOT_FOUND', 'No such API key');
      // Revoking a revoked key again answers it as it is.
      if (before.revokedAt) return before;
      const apiKey = await keys.save(keys.merge(keys.create({ ...before }), { revokedAt: new Date() }));
      await recordAudit(manager, ctx, { action: 'revokeApiKey', entityType: 'ApiKey', entityId: id, before: { ...before }, after: { ...apiKey } });
      return apiKey;
    },
  });
  return { apiKey: record, userErrors };
}

export function listApiKeys(ctx: RequestContext, page: PageArgs): Promise<ConnectionResult<ApiKey>> {
  return paginate(ctx.dataSource.getRepository(ApiKey).createQueryBuilder('k'), page, 'k.prefix', (k) => k.prefix);
}
