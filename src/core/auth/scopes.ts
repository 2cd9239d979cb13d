/**
 * Partner API key scopes are `<resource>:read` or `<resource>:write`; write implies read.
 * Resources are added here as the modules that own them arrive.
 */
export const SCOPE_RESOURCES = [
  'plan',
  'implementation-plans',
  'activity',
  'inventory',
  'progress',
  'pilots',
  'trainings',
  'materials',
  'courses',
  'budget',
  'inspections',
] as const;
export type ScopeResource = (typeof SCOPE_RESOURCES)[number];
export type Scope = `${ScopeResource}:${'read' | 'write'}`;

export const ALL_SCOPES: Scope[] = SCOPE_RESOURCES.flatMap((r) => [`${r}:read`, `${r}:write`] as Scope[]);

export function isScope(value: string): value is Scope {
  return (ALL_SCOPES as string[]).includes(value);
}

/** Whether granted scopes satisfy `needed` (a write scope also grants read on the same resource). */
export function hasScope(granted: readonly string[], needed: Scope): boolean {
  if (granted.includes(needed)) return true;
  const [resource, action] = needed.split(':');
  return action === 'read' && granted.includes(`${resource}:write`);
}
