// Every list the API serves must show an object exactly as node(id) shows it. The lists are found by
// walking the served schema: each Query field returning a connection or a list of Node objects, and
// the lists nested in their items. Selections come from the schema too (see list-vs-node/selections.ts),
// so a list added later is compared without touching this file, or the test fails until it is.
import { GraphQLSchema, IntrospectionQuery, buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType } from 'graphql';
import { GraphQLResponse, TestServer, startTestServer } from '../helpers/test-server';
import { seedSharedReferences } from './list-vs-node/seed';
import { SelectionBuilder, Selection, connectionNodeType, implementsNode, isListField, needsArguments, project, render } from './list-vs-node/selections';

/**
 * Fields left out of the comparison, each with the reason it cannot be compared. Anything else that
 * needs arguments, or a list that returns no rows on the seeded data, fails the test.
 */
const SKIP: Record<string, string> = {
  'ProgressReport.targetValues': 'every target of the seeded plan is counted from records, so no report can carry a target value (MEASURED_FROM_RECORDS)',
};

// Hundreds of requests and a few large pages: minutes on a busy machine.
jest.setTimeout(600_000);

const PAGE = 100;
const MAX_PAGES = 20;

interface Occurrence {
  where: string;
  value: unknown;
}
interface Collected {
  /** Per object id: its type and every way a list showed it, narrowed to the node selection. */
  objects: Map<string, { type: string; seen: Occurrence[] }>;
  /** Rows returned per list field (`Query.tasks`, `Task.leadAgencies`, ...). */
  rows: Map<string, number>;
}

/** Both sides follow the same selection, so their keys come in the same order (and fetch's objects are of another realm than jest's). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

let server: TestServer;
let admin: Record<string, string>;
let schema: GraphQLSchema;
let builder: SelectionBuilder;
const collected: Collected = { objects: new Map(), rows: new Map() };
/** Per connection: its totalCount and the ids its pages held, in order. */
const pages = new Map<string, { totalCount: number; ids: string[] }>();
/** The top-level connections and the type of their nodes. */
const connections = new Map<string, ReturnType<typeof objectType>>();
/** The list fields this walk must cover: top-level lists and the lists nested in their items. */
const listFields = new Set<string>();

const addRows = (coordinate: string, n: number) => collected.rows.set(coordinate, (collected.rows.get(coordinate) ?? 0) + n);

function objectType(name: string) {
  const type = schema.getType(name);
  if (!type || !isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/** Records an object and the Node objects of its nested lists; counts the rows of every object list. */
function collect(data: Record<string, unknown>, selection: Selection, where: string): void {
  const type = objectType(data.__typename as string);
  const entry = collected.objects.get(data.id as string) ?? { type: type.name, seen: [] };
  entry.seen.push({ where, value: project(data, builder.node(type)) });
  collected.objects.set(data.id as string, entry);
  for (const [name, sub] of Object.entries(selection)) {
    const field = type.getFields()[name];
    if (sub === true || !isListField(field)) continue;
    const coordinate = `${type.name}.${name}`;
    listFields.add(coordinate);
    const items = (data[name] ?? []) as Record<string, unknown>[];
    addRows(coordinate, items.length);
    if (implementsNode(getNamedType(field.type)) && '__typename' in sub) {
      items.forEach((item, i) => collect(item, sub, `${where}.${name}[${i}]`));
    }
  }
}

interface ConnectionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

/** Reads every page; as a change feed (tombstones included) when `updatedSince` is given. */
async function readConnection(field: string, itemSelection: Selection, updatedSince?: string): Promise<void> {
  const name = updatedSince ? `${field}(updatedSince)` : field;
  const feed = updatedSince ? ', updatedSince: $updatedSince' : '';
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response: GraphQLResponse<Record<string, ConnectionPage>> = await server.requestText<Record<string, ConnectionPage>>(
      `query($first: Int, $after: String${updatedSince ? ', $updatedSince: DateTimeISO' : ''}) {
        ${field}(first: $first, after: $after${feed}) { totalCount pageInfo { hasNextPage endCursor } edges { node ${render(itemSelection)} } } }`,
      { first: PAGE, after, updatedSince },
      admin,
    );
    if (response.errors) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
    const { edges, pageInfo, totalCount } = response.data![field];
    addRows(`Query.${name}`, edges.length);
    const read = pages.get(name) ?? { totalCount, ids: [] };
    read.ids.push(...edges.map((edge) => edge.node.id as string));
    pages.set(name, read);
    edges.forEach((edge, i) => collect(edge.node, itemSelection, `${name}[${page * PAGE + i}]`));
    if (!pageInfo.hasNextPage) return;
    after = pageInfo.endCursor;
  }
  throw new Error(`${field} has more than ${MAX_PAGES} pages`);
}

async function readList(field: string, itemSelection: Selection): Promise<void> {
  const response = await server.requestText<Record<string, Record<string, unknown>[]>>(`{ ${field} ${render(itemSelection)} }`, {}, admin);
  if (response.errors) throw new Error(`${field}: ${JSON.stringify(response.errors)}`);
  addRows(`Query.${field}`, response.data![field].length);
  response.data![field].forEach((item, i) => collect(item, itemSelection, `${field}[${i}]`));
}

beforeAll(async () => {
  server = await startTestServer({ env: { MAX_QUERY_COST: '1000000', MAX_QUERY_DEPTH: '30' } });
  const seededFrom = new Date(Date.now() - 60_000).toISOString();
  ({ admin } = await seedSharedReferences(server));
  const introspection = await server.requestText<IntrospectionQuery>(getIntrospectionQuery(), {}, admin);
  schema = buildClientSchema(introspection.data!);
  builder = new SelectionBuilder(SKIP);

  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const coordinate = `Query.${field.name}`;
    const named = getNamedType(field.type);
    const connectionItem = connectionNodeType(schema, named);
    const listItem = isListField(field) && implementsNode(named) ? named : null;
    if (!connectionItem && !listItem) continue;
    listFields.add(coordinate);
    if (coordinate in SKIP) continue;
    if (needsArguments(field)) {
      throw new Error(`${coordinate} needs arguments: read it with synthesised ones, or add it to the skip-list with the reason`);
    }
    if (connectionItem) {
      connections.set(field.name, objectType(connectionItem.name));
      await readConnection(field.name, builder.node(connectionItem, true));
      // A change feed is another list of the same objects, tombstones included.
      if (field.args.some((arg) => arg.name === 'updatedSince')) {
        listFields.add(`${coordinate}(updatedSince)`);
        await readConnection(field.name, builder.node(connectionItem, true), seededFrom);
      }
    } else await readList(field.name, builder.node(listItem!, true));
  }
});
afterAll(async () => {
  await server?.stop();
});

describe('every list agrees with node(id)', () => {
  it('covers every list field of the schema, each with rows, or skips it with a reason', () => {
    const uncovered = [...listFields].filter((coordinate) => !(coordinate in SKIP) && !(collected.rows.get(coordinate)! > 0)).sort();
    expect(uncovered).toEqual([]);
    // The seeded data shares references, so the comparison sees the same object through many lists.
    const shared = [...collected.objects.values()].filter((entry) => entry.seen.length > 5).map((entry) => entry.type);
    expect(shared).toEqual(expect.arrayContaining(['Agency', 'Task']));
  });

  it('every skip-list entry names a field the schema still has', () => {
    const stale = Object.keys(SKIP).filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      return !(type && isObjectType(type) && fieldName in type.getFields());
    });
    expect(stale).toEqual([]);
  });

  it('every connection counts what its pages hold, each object once', () => {
    for (const [field, { totalCount, ids }] of pages) {
      expect([field, ids.length, new Set(ids).size]).toEqual([field, totalCount, totalCount]);
    }
    expect(pages.size).toBeGreaterThan(15);
  });

  it('the change feeds hold the tombstones of deleted records', () => {
    const tombstones = [...collected.objects.values()].filter((entry) => entry.seen.some((o) => (o.value as { deletedAt?: string | null }).deletedAt));
    expect(new Set(tombstones.map((entry) => entry.type))).toEqual(
      new Set([
        'PilotModel',
        'TrainingEvent',
        'Material',
        'Course',
        'FarmerAccount',
        'Organisation',
        'CriteriaSet',
        'ProductionZone',
        'OcopProduct',
        'ProductLot',
      ]),
    );
    for (const entry of tombstones) expect(entry.seen.every((o) => o.where.includes('(updatedSince)'))).toBe(true);
  });

  // Lists read only the columns their selection needs (selectedColumns). A field whose resolver reads
  // a column the list did not select comes out wrong when asked without the fields that select it:
  // so each field is asked alone (with `id`) and compared with the page of the whole selection, which
  // the next test compares with node(id), itself read from whole rows.
  it('each field of a listed object, asked alone, is what it is among all fields', async () => {
    const mismatches: unknown[] = [];
    const firstPage = async (field: string, selection: Selection) => {
      const response = await server.requestText<Record<string, ConnectionPage>>(
        `query($first: Int) { ${field}(first: $first) { edges { node ${render(selection)} } } }`,
        { first: PAGE },
        admin,
      );
      if (response.errors) throw new Error(`${field}: ${JSON.stringify(response.errors)}`);
      return response.data![field].edges.map((edge) => edge.node);
    };
    for (const [field, type] of connections) {
      const whole = builder.node(type);
      const wholeNodes = await firstPage(field, whole);
      for (const name of Object.keys(whole).filter((n) => n !== 'id' && n !== '__typename')) {
        const alone: Selection = { id: true, [name]: whole[name] };
        const aloneNodes = await firstPage(field, alone);
        const expected = wholeNodes.map((node) => project(node, alone));
        if (!same(aloneNodes, expected)) mismatches.push({ field, name, alone: aloneNodes.slice(0, 2), whole: expected.slice(0, 2) });
      }
    }
    expect(connections.size).toBeGreaterThan(15);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('each object a list shows equals what node(id) answers, field by field', async () => {
    const mismatches: unknown[] = [];
    const ids = [...collected.objects.keys()];
    expect(ids.length).toBeGreaterThan(300);
    const check = async (id: string) => {
      const { type, seen } = collected.objects.get(id)!;
      const selection = builder.node(objectType(type));
      const response = await server.requestText<{ node: unknown }>(`query($id: ID!) { node(id: $id) { ... on ${type} ${render(selection)} } }`, { id }, admin);
      if (response.errors) {
        mismatches.push({ id, type, errors: response.errors });
        return;
      }
      const node = response.data!.node as Record<string, unknown> | null;
      for (const occurrence of seen) {
        if (same(occurrence.value, node)) continue;
        if (!node) {
          mismatches.push({ type, id, where: occurrence.where, node: null });
          continue;
        }
        const listed = occurrence.value as Record<string, unknown>;
        const fields = Object.keys(listed).filter((name) => !same(listed[name], node[name]));
        mismatches.push({
          type,
          id,
          where: occurrence.where,
          fields: Object.fromEntries(fields.map((name) => [name, { list: listed[name], node: node[name] }])),
        });
      }
    };
    // A few requests at a time: each node(id) is a request of its own, batched with nothing else.
    for (let i = 0; i < ids.length; i += 4) await Promise.all(ids.slice(i, i + 4).map(check));
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
