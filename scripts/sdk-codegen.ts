// Generates the SDK's typed documents and persisted-operation manifest into sdk/src/generated, with
// graphql-codegen's client preset over schema/schema.graphql and sdk/operations/*.graphql. The
// manifest (hash → document text) is what the server's PERSISTED_OPERATIONS=only accepts.
//   npm run sdk:generate            rewrite the committed copy
//   npm run sdk:check               generate into a temporary folder and fail when the committed copy differs
// (test/generated, the typed documents of test/e2e/operations, stays with codegen.yml: the
// `typescript-operations` plugins and the client preset are kept in separate outputs.)
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Apollo's automatic persisted queries name a document by the bare hex SHA-256 of its text (no `sha256:` prefix). */
const documentHash = (document: string): string => createHash('sha256').update(document).digest('hex');

function sdkCodegenConfig(outDir: string, root: string): CodegenConfig {
  return {
    schema: `${root}/schema/schema.graphql`,
    documents: [`${root}/sdk/operations/**/*.graphql`],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [`${outDir}/`]: {
        preset: 'client',
        presetConfig: {
          // Plain typed results: fragments are spread into the result types, no useFragment needed.
          fragmentMasking: false,
          // Only the documents in sdk/operations; nothing is written by tagging strings elsewhere.
          gqlTagName: 'graphql',
          persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: documentHash },
        },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: {
            DateTimeISO: { input: 'string', output: 'string' },
            JSON: { input: 'unknown', output: 'unknown' },
          },
        },
      },
    },
  };
}

const root = path.resolve(__dirname, '..');
const committed = path.join(root, 'sdk/src/generated');

const filesOf = (dir: string) => readdirSync(dir).sort();

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const outDir = check ? mkdtempSync(path.join(tmpdir(), 'sdk-generated-')) : committed;
  try {
    await generate(sdkCodegenConfig(outDir, root), true);
    if (!check) return;
    const stale = new Set<string>();
    const fresh = filesOf(outDir);
    for (const name of new Set([...fresh, ...filesOf(committed)])) {
      const read = (dir: string) => {
        try {
          return readFileSync(path.join(dir, name), 'utf8');
        } catch {
          return null;
        }
      };
      if (read(outDir) !== read(committed)) stale.add(name);
    }
    if (stale.size > 0) {
      console.error(`sdk/src/generated is stale (${[...stale].join(', ')}): run \`npm run sdk:generate\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`sdk/src/generated is current (${fresh.length} files).`);
    }
  } finally {
    if (check) rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
