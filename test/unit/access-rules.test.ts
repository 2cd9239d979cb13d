import { Query, Resolver, buildSchema } from 'type-graphql';
import { Access, PUBLIC, isAllowed } from '../../src/core/auth/access';
import { assertAccessDeclared } from '../../src/core/auth/deny-undeclared';
import { ANONYMOUS, Principal } from '../../src/core/auth/principal';
import { Role } from '../../src/core/auth/roles';
import { hasScope } from '../../src/core/auth/scopes';

const user = (role: Role): Principal => ({ kind: 'USER', userId: 'u', role, agencyId: null, administrativeUnitId: null, organisationId: null, unitScope: [] });
const key = (...scopes: string[]): Principal => ({
  kind: 'API_KEY',
  apiKeyId: 'k',
  partnerName: 'p',
  scopes,
  unitScope: 'ALL',
  organisationId: null,
  rateLimitPerMinute: 1,
});

describe('access rules', () => {
  it('admit by role, with ADMIN passing every role rule', () => {
    const rule = { roles: [Role.PROVINCE_OFFICER] };
    expect(isAllowed(rule, user(Role.PROVINCE_OFFICER))).toBe(true);
    expect(isAllowed(rule, user(Role.ADMIN))).toBe(true);
    expect(isAllowed(rule, user(Role.VIEWER))).toBe(false);
    expect(isAllowed(rule, ANONYMOUS)).toBe(false);
    expect(isAllowed(rule, key('implementation-plans:write'))).toBe(false);
  });

  it('admit keys by scope, write implying read, never by role', () => {
    expect(isAllowed({ scopes: ['implementation-plans:read'] }, key('implementation-plans:write'))).toBe(true);
    expect(isAllowed({ scopes: ['implementation-plans:write'] }, key('implementation-plans:read'))).toBe(false);
    expect(hasScope(['plan:write'], 'plan:read')).toBe(true);
    expect(hasScope(['plan:read'], 'implementation-plans:read')).toBe(false);
  });

  it('admit everyone to public operations', () => {
    expect(isAllowed(PUBLIC, ANONYMOUS)).toBe(true);
    expect(isAllowed(PUBLIC, key())).toBe(true);
  });
});

describe('deny by default', () => {
  it('refuses to build a schema with an undeclared operation', async () => {
    @Resolver()
    class Declared {
      @Access(PUBLIC)
      @Query(() => String)
      declared(): string {
        return 'ok';
      }
    }
    @Resolver()
    class Forgotten {
      @Query(() => String)
      forgotten(): string {
        return 'leak';
      }
    }
    const schema = await buildSchema({ resolvers: [Declared, Forgotten] });
    expect(() => assertAccessDeclared(schema)).toThrow('Query.forgotten');
  });
});
