// The ceiling of the HTTP and GraphQL layers our API is built on, measured by `bench:peer` beside it:
// Apollo Server 5 and type-graphql serving `{ __typename }` and `tasks(first: 100) { edges { node {
// code title } } }` from rows read once at start, with no authentication, limits, log, metrics or
// database work per request. What a request costs here, every request of our API costs at least.
//
//   STACK=express5  Apollo through @as-integrations/express5 (as our API mounts it) with express.json
//   STACK=node-http Apollo's executeHTTPGraphQLRequest straight on node:http (no express at all)
//
//   DATABASE_URL=… PORT=4401 STACK=express5 node -r ts-node/register/transpile-only bench/stack-ceiling-server.ts
import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Client } from 'pg';
import { Arg, Field, Int, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';

@ObjectType()
class CeilingTask {
  @Field() code: string;
  @Field() title: string;
}

@ObjectType()
class CeilingTaskEdge {
  @Field(() => CeilingTask) node: CeilingTask;
}

@ObjectType()
class CeilingTaskConnection {
  @Field(() => [CeilingTaskEdge]) edges: CeilingTaskEdge[];
}

let tasks: CeilingTask[] = [];

@Resolver()
class CeilingResolver {
  @Query(() => CeilingTaskConnection)
  tasks(@Arg('first', () => Int) first: number): CeilingTaskConnection {
    return { edges: tasks.slice(0, first).map((node) => ({ node })) };
  }
}

async function readTasks(connectionString: string): Promise<CeilingTask[]> {
  const db = new Client({ connectionString });
  await db.connect();
  try {
    return (await db.query<CeilingTask>('SELECT code, title FROM task ORDER BY ordinal')).rows;
  } finally {
    await db.end();
  }
}

/** Apollo on node:http: the body read and parsed by hand, the answer written as Apollo gives it. */
function nodeHttpHandler(apollo: ApolloServer): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: req.method ?? 'GET',
        headers,
        search: new URL(req.url ?? '/', 'http://localhost').search,
        body: chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown) : undefined,
      };
      apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => ({}) }).then(
        (answer) => {
          for (const [name, value] of answer.headers) res.setHeader(name, value);
          res.statusCode = answer.status ?? 200;
          res.end(answer.body.kind === 'complete' ? answer.body.string : '');
        },
        () => {
          res.statusCode = 500;
          res.end();
        },
      );
    });
  };
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  const stack = process.env.STACK;
  if (!connectionString || (stack !== 'express5' && stack !== 'node-http')) throw new Error('DATABASE_URL and STACK=express5|node-http are required');
  tasks = await readTasks(connectionString);
  const schema = await buildSchema({ resolvers: [CeilingResolver], validate: false });
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  let server: http.Server;
  if (stack === 'express5') {
    const app = express();
    app.set('etag', false); // as our API
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    server = http.createServer(app);
  } else {
    server = http.createServer(nodeHttpHandler(apollo));
  }
  server.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
