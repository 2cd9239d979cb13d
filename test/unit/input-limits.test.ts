// Every number a client can send has a declared range, and every day written as text is checked as a
// day: a field added without one fails here, before anything it stores can break a later read.
import { GraphQLInputType, GraphQLSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { InputLimit } from '../../src/core/input/input-limits';
import { buildApiSchema } from '../../src/app';

interface Slot {
  name: string;
  fieldName: string;
  type: GraphQLInputType;
  description: string;
  limit: InputLimit | undefined;
}

function slots(schema: GraphQLSchema): Slot[] {
  const found: Slot[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        found.push({
          name: `${type.name}.${field.name}`,
          fieldName: field.name,
          type: field.type,
          description: field.description ?? '',
          limit: field.extensions?.limit as InputLimit,
        });
      }
    } else if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const argLimits = (field.extensions?.argLimits ?? {}) as Record<string, InputLimit>;
        for (const arg of field.args) {
          const limit = (arg.extensions?.limit as InputLimit | undefined) ?? argLimits[arg.name];
          found.push({ name: `${type.name}.${field.name}(${arg.name})`, fieldName: arg.name, type: arg.type, description: arg.description ?? '', limit });
        }
      }
    }
  }
  return found;
}

let all: Slot[];

beforeAll(async () => {
  all = slots(await buildApiSchema());
});

describe('declared input limits', () => {
  it('bound every Int and Float input from above', () => {
    const numbers = all.filter((s) => ['Int', 'Float'].includes(getNamedType(s.type).name));
    expect(numbers.length).toBeGreaterThan(50);
    expect(numbers.filter((s) => s.limit?.max === undefined).map((s) => s.name)).toEqual([]);
  });

  it('keep every Float bound inside what PostgreSQL numeric columns and JavaScript sums hold exactly enough', () => {
    const floats = all.filter((s) => getNamedType(s.type).name === 'Float');
    expect(floats.filter((s) => !(Math.abs(s.limit!.max!) <= 1e15 && Math.abs(s.limit!.min ?? s.limit!.max!) <= 1e15)).map((s) => s.name)).toEqual([]);
  });

  it('check every day written as text (YYYY-MM-DD) as a real calendar day', () => {
    const days = all.filter((s) => getNamedType(s.type).name === 'String' && (/YYYY-MM-DD/.test(s.description) || /(Date|On)$/.test(s.fieldName)));
    expect(days.length).toBeGreaterThan(5);
    expect(days.filter((s) => s.limit?.format !== 'date').map((s) => s.name)).toEqual([]);
  });
});
