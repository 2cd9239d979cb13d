// Writes schema/schema.graphql from the code (`npm run schema:emit`); a test fails when it is stale.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from '../src/app';

const SCHEMA_FILE = path.join(__dirname, '..', 'schema', 'schema.graphql');

buildApiSchema().then(
  (schema) => {
    fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
    fs.writeFileSync(SCHEMA_FILE, printApiSchema(schema));
    console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
