// PostGraphile 5 (amber preset, @dataplan/pg over pg) serving the `public` schema of DATABASE_URL on
// PORT, as the benchmark's peer: the same tables our API serves, exposed by a generic GraphQL layer.
// Run with the Node 22 binary this folder installs (PostGraphile 5 needs Node 22):
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/lowemission_bench PORT=4400 \
//     bench/peer/node_modules/.bin/node bench/peer/postgraphile-server.mjs
//
// With --print-schema it prints the generated schema (SDL) and exits, to write the peer's queries from.
// No authentication, no limits and no request log: PostGraphile as its quick start configures it,
// connecting as the database user in the URL (row-level security is not set up on these tables).
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import process from 'node:process';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { printSchema } from 'postgraphile/graphql';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  process.stderr.write('DATABASE_URL is required\n');
  process.exit(1);
}
const port = Number(process.env.PORT || 4400);
// The same pool size as our API's default (DATABASE_POOL_SIZE=10).
const poolSize = Number(process.env.DATABASE_POOL_SIZE || 10);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: poolSize } })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);

if (process.argv.includes('--print-schema')) {
  process.stdout.write(printSchema(await pgl.getSchema()));
  await pgl.release();
  process.exit(0);
}

const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('error', (error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => process.stdout.write(`PostGraphile ready on http://127.0.0.1:${port}/graphql\n`));

// Stop at once on a signal: nothing is written, so nothing needs draining (the pool's release can
// wait on grafserv's handles, so it gets a second at most).
const stop = () => {
  setTimeout(() => process.exit(0), 1000).unref();
  server.closeAllConnections();
  server.close();
  pgl.release().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
