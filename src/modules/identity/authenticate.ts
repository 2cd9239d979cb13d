import { DataSource } from 'typeorm';
import { AuthConfig } from '../../config';
import { ANONYMOUS, Principal, UnitScope } from '../../core/auth/principal';
import { Role } from '../../core/auth/roles';
import { UnauthenticatedError } from '../../core/errors/app-errors';
import { AgencyKind } from '../agencies';
import { verifyAccessToken } from './access-tokens';
import { parseApiKey, secretMatches } from './api-key-secrets';

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
  // Reading the user on every request makes deactivation and role changes take effect at once. One
  // lean statement: a repository findOne built its query anew on every request, the dearest step of it.
  const [user] = await dataSource.query<CallerUserRow[]>(
    `SELECT u.id, u.role, u.active, u.agency_id, u.administrative_unit_id, u.organisation_id,
            a.kind AS agency_kind, a.administrative_unit_id AS agency_unit_id
       FROM "user" u LEFT JOIN agency a ON a.id = u.agency_id
      WHERE u.id = $1`,
    [userId],
  );
  if (!user || !user.active) throw new UnauthenticatedError('Invalid or expired access token', 'BAD_CREDENTIALS');
  return {
    kind: 'USER',
    userId: user.id,
    role: user.role,
    agencyId: user.agency_id,
    administrativeUnitId: user.administrative_unit_id,
    organisationId: user.organisation_id,
    unitScope: userUnitScope(user),
  };
}

/** What a request needs of its signed-in user (and of the agency they belong to). */
interface CallerUserRow {
  id: string;
  role: Role;
  active: boolean;
  agency_id: string | null;
  administrative_unit_id: string | null;
  organisation_id: string | null;
  agency_kind: AgencyKind | null;
  agency_unit_id: string | null;
}

/** Province-level roles write for every unit; a commune officer for theirs; an agency officer for the units their agency covers. */
function userUnitScope(user: CallerUserRow): UnitScope {
  switch (user.role) {
    case Role.ADMIN:
    case Role.PROVINCE_OFFICER:
      return 'ALL';
    case Role.COMMUNE_OFFICER:
      return user.administrative_unit_id ? [user.administrative_unit_id] : [];
    case Role.AGENCY_OFFICER:
      if (user.agency_kind === AgencyKind.PEOPLES_COMMITTEE) return user.agency_unit_id ? [user.agency_unit_id] : [];
      // Provincial bodies (departments, and the provincial media that report on task I.2) act province-wide.
      return user.agency_kind === AgencyKind.PROVINCIAL_DEPARTMENT || user.agency_kind === AgencyKind.MEDIA ? 'ALL' : [];
    default:
      return [];
  }
}

async function authenticateApiKey(dataSource: DataSource, presented: string): Promise<Principal> {
  const parsed = parseApiKey(presented);
  // One lean statement, as for users above.
  const [key] = parsed
    ? await dataSource.query<CallerApiKeyRow[]>(
        `SELECT id, partner_name, secret_hash, scopes, administrative_unit_ids, organisation_id, expires_at,
                rate_limit_per_minute, last_used_at, revoked_at
           FROM api_key WHERE prefix = $1`,
        [parsed.prefix],
      )
    : [];
  const valid = parsed && key && secretMatches(parsed.secret, key.secret_hash) && !key.revoked_at && (!key.expires_at || key.expires_at > new Date());
  if (!valid || !key) throw new UnauthenticatedError('Invalid, expired or revoked API key', 'BAD_CREDENTIALS');
  // At most one write a minute per key (lastUsedAt is for humans, not for counting): most requests
  // skip the statement; the SQL guard keeps concurrent requests from writing twice.
  if (!key.last_used_at || key.last_used_at.getTime() < Date.now() - 60_000) {
    await dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [
      key.id,
    ]);
  }
  return {
    kind: 'API_KEY',
    apiKeyId: key.id,
    partnerName: key.partner_name,
    scopes: key.scopes,
    unitScope: key.administrative_unit_ids ?? 'ALL',
    organisationId: key.organisation_id,
    rateLimitPerMinute: key.rate_limit_per_minute,
  };
}

/** What a request needs of its API key. */
interface CallerApiKeyRow {
  id: string;
  partner_name: string;
  secret_hash: string;
  scopes: string[];
  administrative_unit_ids: string[] | null;
  organisation_id: string | null;
  expires_at: Date | null;
  rate_limit_per_minute: number;
  last_used_at: Date | null;
  revoked_at: Date | null;
}
