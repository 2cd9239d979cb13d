// The composition root's promises: what the modules declare adds up to a consistent API.
import { GraphQLObjectType, isObjectType } from 'graphql';
import { ALL_SCOPES, API_MODULES, buildApiSchema } from '../../src/app';
import { listAccessDeclarations } from '../../src/core/auth/deny-undeclared';

describe('module manifests', () => {
  it('have distinct names', () => {
    const names = API_MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('declare every scope an operation asks for, so a partner key can be given it', async () => {
    const asked = listAccessDeclarations(await buildApiSchema()).flatMap((line) => /scopes: (.*)$/.exec(line)?.[1].split(', ') ?? []);
    expect(asked.length).toBeGreaterThan(10);
    expect([...new Set(asked)].filter((scope) => !(ALL_SCOPES as string[]).includes(scope))).toEqual([]);
  });

  it('let node(id) fetch every type that implements Node, and only those', async () => {
    const schema = await buildApiSchema();
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
      .map((type) => type.name)
      .sort();
    const declared = API_MODULES.flatMap((m) => Object.keys(m.nodeTypes ?? {})).sort();
    expect(declared).toEqual(nodeTypes);
  });

  it('give every entity to exactly one module', () => {
    const entities = API_MODULES.flatMap((m) => m.entities ?? []);
    expect(new Set(entities).size).toBe(entities.length);
  });
});
