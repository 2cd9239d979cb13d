// Writes one large package with the file adapter, so a test can kill the process in the middle.
// Usage: file-writer-child.ts <directory> <inventoryId> <lines> <idempotencyKey>
import { fileAdapter } from '../../../src/modules/sync/adapters/file';
import { fixtureSource } from './fixtures';

const [directory, inventoryId, lines, key] = process.argv.slice(2);
const adapter = fileAdapter.create(fileAdapter.validateConfig({ directory }, { env: process.env, dataDir: directory }), 'crash-test');
const submission = adapter.buildSubmission(fixtureSource(inventoryId, 1, Number(lines)));
console.log('built');
adapter.deliver(submission, key, new AbortController().signal).then(
  (receipt) => console.log(`written ${receipt.ackId}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
