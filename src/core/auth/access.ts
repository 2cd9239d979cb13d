import { Extensions, MiddlewareFn, UseMiddleware } from 'type-graphql';
import { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import { Principal } from './principal';
import { Role } from './roles';
import { Scope, hasScope } from './scopes';

/**
 * Who may call an operation or read a field. A caller passes when any part admits it:
 * `public` admits everyone; `authenticated` any user or key; `roles` users with one of the roles
 * (ADMIN always passes a role check); `scopes` API keys holding one of the scopes.
 */
export interface AccessRule {
  public?: true;
  authenticated?: true;
  roles?: Role[];
  scopes?: Scope[];
}

export const PUBLIC: AccessRule = { public: true };
export const ADMIN_ONLY: AccessRule = { roles: [Role.ADMIN] };

export function isAllowed(rule: AccessRule, principal: Principal): boolean {
  if (rule.public) return true;
  if (principal.kind === 'ANONYMOUS') return false;
  if (rule.authenticated) return true;
  if (principal.kind === 'USER') return principal.role === Role.ADMIN || Boolean(rule.roles?.includes(principal.role));
  return Boolean(rule.scopes?.some((scope) => hasScope(principal.scopes, scope)));
}

/** A stable one-line description of a rule, for the schema extensions and the declarations snapshot. */
export function describeAccess(rule: AccessRule): string {
  if (rule.public) return 'public';
  if (rule.authenticated) return 'authenticated';
  const parts = [
    `roles: ADMIN${(rule.roles ?? [])
      .filter((r) => r !== Role.ADMIN)
      .map((r) => `, ${r}`)
      .join('')}`,
  ];
  if (rule.scopes?.length) parts.push(`scopes: ${rule.scopes.join(', ')}`);
  return parts.join('; ');
}

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for a known one the rule refuses. */
export function assertAllowed(rule: AccessRule, principal: Principal): void {
  if (isAllowed(rule, principal)) return;
  throw principal.kind === 'ANONYMOUS' ? new UnauthenticatedError() : new ForbiddenError();
}

function guard(rule: AccessRule): MiddlewareFn<RequestContext> {
  return ({ context }, next) => {
    assertAllowed(rule, context.principal);
    return next();
  };
}

/**
 * Declares who may call a query, mutation or sensitive field. Root fields without it are refused
 * (see denyUndeclared) and the schema build fails, so nothing is reachable by omission.
 */
export function Access(rule: AccessRule): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Extensions({ access: describeAccess(rule) })(target, key, descriptor as never);
    UseMiddleware(guard(rule))(target, key, descriptor as never);
  };
}
