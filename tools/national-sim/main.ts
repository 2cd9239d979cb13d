// `npm run national-sim [-- --port 4100 --store ./.data/national-sim.json --token SECRET]`:
// the national receiver simulator for demos and manual tests (see simulator.ts for its endpoints).
import { startSimulator } from './simulator';

function option(name: string, envName: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : process.env[envName] || undefined;
}

async function main(): Promise<void> {
  const port = Number(option('port', 'NATIONAL_SIM_PORT') ?? 4100);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${port}`);
  const simulator = await startSimulator({
    port,
    host: option('host', 'NATIONAL_SIM_HOST') ?? '127.0.0.1',
    storeFile: option('store', 'NATIONAL_SIM_STORE'),
    bearerToken: option('token', 'NATIONAL_SIM_TOKEN'),
  });
  console.log(JSON.stringify({ msg: 'national receiver simulator ready', port: simulator.port, submissionsUrl: simulator.submissionsUrl }));
  const stop = () => void simulator.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
