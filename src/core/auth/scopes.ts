/**
 * Partner API key scopes are `<resource>:read` or `<resource>:write`; write implies read. Each module
 * declares its resources twice: in its manifest (`scopes`, the runtime list) and here by declaration
 * merging (so `@Access({ scopes })` is checked by the compiler), e.g.
 * `declare module '../../core/auth/scopes' { interface ScopeResources { budget: true } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ScopeResources {}
export type ScopeResource = keyof ScopeResources & string;
export type Scope = `${ScopeResource}:${'read' | 'write'}`;

/** Both scopes of each resource, in the order given. */
export function scopesOf(resources: readonly string[]): Scope[] {
  return resources.flatMap((r) => [`${r}:read`, `${r}:write`] as Scope[]);
}

/** Whether granted scopes satisfy `needed` (a write scope also grants read on the same resource). */
export function hasScope(granted: readonly string[], needed: Scope): boolean {
  if (granted.includes(needed)) return true;
  const [resource, action] = needed.split(':');
  return action === 'read' && granted.includes(`${resource}:write`);
}
