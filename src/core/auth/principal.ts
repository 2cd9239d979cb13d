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
