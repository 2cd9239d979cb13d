import { DataSource } from 'typeorm';
import { AuthConfig } from '../../config';
import { ANONYMOUS, Principal, UnitScope } from '../../core/auth/principal';
import { Role } from '../../core/auth/roles';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { AgencyKind } from '../agencies';
import { verifyAccessToken } from './access-tokens';
import { ApiKey } from './api-key.entity';
import { parseApiKey, secretMatches } from './api-key-secrets';
import { User } from './user.entity';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

/**
 * Turns request credentials into a principal. No credentials → anonymous; credentials that are
 * present but not valid → UNAUTHENTICATED (never silently downgraded to anonymous).
 */
export async function authenticate(dataSource: DataSource, auth: AuthConfig, credentials: Credentials): Promise<Principal> {
  const { authorization, apiKey } = credentials;
  if (authorization && apiKey) throw new UnauthenticatedError('Send either Authorization or X-API-Key, not both', 'BAD_CREDENTIALS');
  if (authorization) return authenticateUser(dataSource, auth, authorization);
  if (apiKey) return authenticateApiKey(dataSource, apiKey);
  return ANONYMOUS;
}

async function authenticateUser(dataSource: DataSource, auth: AuthConfig, header: string): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <access token>"', 'BAD_CREDENTIALS');
  const userId = verifyAccessToken(match[1], auth);
  // Reading the user on every request makes deactivation and role changes take effect at once.
  const user = await dataSource.getRepository(User).findOne({ where: { id: userId }, relations: { agency: true } });
  if (!user || !user.active) throw new UnauthenticatedError('Invalid or expired access token', 'BAD_CREDENTIALS');
  return {
    kind: 'USER',
    userId: user.id,
    role: user.role,
    agencyId: user.agencyId,
    administrativeUnitId: user.administrativeUnitId,
    organisationId: user.organisationId,
    unitScope: userUnitScope(user),
  };
}

/** Province-level roles write for every unit; a commune officer for theirs; an agency officer for the units their agency covers. */
function userUnitScope(user: User): UnitScope {
  switch (user.role) {
    case Role.ADMIN:
    case Role.PROVINCE_OFFICER:
      return 'ALL';
    case Role.COMMUNE_OFFICER:
      return user.administrativeUnitId ? [user.administrativeUnitId] : [];
    case Role.AGENCY_OFFICER:
      if (user.agency?.kind === AgencyKind.PEOPLES_COMMITTEE) return user.agency.administrativeUnitId ? [user.agency.administrativeUnitId] : [];
      // Provincial bodies (departments, and the provincial media that report on task I.2) act province-wide.
      return user.agency?.kind === AgencyKind.PROVINCIAL_DEPARTMENT || user.agency?.kind === AgencyKind.MEDIA ? 'ALL' : [];
    default:
      return [];
  }
}

async function authenticateApiKey(dataSource: DataSource, presented: string): Promise<Principal> {
  const parsed = parseApiKey(presented);
  const key = parsed && (await dataSource.getRepository(ApiKey).findOneBy({ prefix: parsed.prefix }));
  const valid = parsed && key && secretMatches(parsed.secret, key.secretHash) && !key.revokedAt && (!key.expiresAt || key.expiresAt > new Date());
  if (!valid || !key) throw new UnauthenticatedError('Invalid, expired or revoked API key', 'BAD_CREDENTIALS');
  // At most one write a minute per key (lastUsedAt is for humans, not for counting): most requests
  // skip the statement; the SQL guard keeps concurrent requests from writing twice.
  if (!key.lastUsedAt || key.lastUsedAt.getTime() < Date.now() - 60_000) {
    await dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [
      key.id,
    ]);
  }
  return {
    kind: 'API_KEY',
    apiKeyId: key.id,
    partnerName: key.partnerName,
    scopes: key.scopes,
    unitScope: key.administrativeUnitIds ?? 'ALL',
    organisationId: key.organisationId,
    rateLimitPerMinute: key.rateLimitPerMinute,
  };
}
