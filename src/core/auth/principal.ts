import { Role } from './roles';

export interface AnonymousPrincipal {
  kind: 'ANONYMOUS';
}

export interface UserPrincipal {
  kind: 'USER';
  userId: string;
  role: Role;
  /** AGENCY_OFFICER: the agency they act for. */
  agencyId: string | null;
  /** COMMUNE_OFFICER: their commune or ward. */
  administrativeUnitId: string | null;
  /** CERTIFICATION_BODY_OFFICER: the certification body (an organisation of the register) they act for. */
  organisationId: string | null;
  /** Units whose data the user may write (and whose drafts they see). */
  unitScope: UnitScope;
}

export interface ApiKeyPrincipal {
  kind: 'API_KEY';
  apiKeyId: string;
  partnerName: string;
  scopes: string[];
  /** Units the key may write for (and whose drafts it sees). */
  unitScope: UnitScope;
  /** The organisation whose own staff hold the key: its lot writes are limited to that organisation's lots. */
  organisationId: string | null;
  rateLimitPerMinute: number;
}

/** Every unit, or the listed administrative unit ids (possibly none). */
export type UnitScope = 'ALL' | string[];

export type Principal = AnonymousPrincipal | UserPrincipal | ApiKeyPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'ANONYMOUS' };

/** Who did it, for the audit trail. */
export function actorOf(principal: Principal): { actorType: 'USER' | 'API_KEY' | 'ANONYMOUS'; actorId: string | null } {
  if (principal.kind === 'USER') return { actorType: 'USER', actorId: principal.userId };
  if (principal.kind === 'API_KEY') return { actorType: 'API_KEY', actorId: principal.apiKeyId };
  return { actorType: 'ANONYMOUS', actorId: null };
}
