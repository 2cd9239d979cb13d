import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from '../../src/app';

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printApiSchema(await buildApiSchema())).toBe(committed);
  });
});
