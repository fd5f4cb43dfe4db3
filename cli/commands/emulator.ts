// `netverify-migrate emulator`: the KYX (or, with --legacy, the legacy Netverify) emulator on loopback, until
// SIGINT/SIGTERM. Thin: parse, start, print the URL, close gracefully.
import { readFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { isKyxRegion } from '../../api/index.js';
import type { Emulator, EmulatorClient, EmulatorOptions } from '../../emulator/index.js';

/** Clients can also come from the environment, so secrets need not sit in the process list. */
export const CLIENTS_ENV = 'NETVERIFY_EMULATOR_CLIENTS';

export interface EmulatorArgs {
  port: number;
  host: string;
  legacy: boolean;
  region: string;
  client?: string[];
  'token-expires-in': number;
  prefix: string;
  links: string;
  'tls-key'?: string;
  'tls-cert'?: string;
  'journal-limit'?: number;
}

export class UsageError extends Error {}

export function parseClients(values: string[]): EmulatorClient[] {
  return values.map((v) => {
    const i = v.indexOf(':');
    if (i <= 0 || i === v.length - 1) throw new UsageError('--client must be <clientId>:<clientSecret>');
    return { clientId: v.slice(0, i), clientSecret: v.slice(i + 1) };
  });
}

export function toOptions(argv: EmulatorArgs, env: NodeJS.ProcessEnv = process.env): EmulatorOptions {
  if (!isKyxRegion(argv.region)) throw new UsageError('--region must be amer-1, emea-1 or apac-1');
  if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65535) throw new UsageError('--port must be 0..65535');
  if (!(argv['token-expires-in'] > 0)) throw new UsageError('--token-expires-in must be a positive number of seconds');
  if (argv.links !== 'emulator' && argv.links !== 'vendor') throw new UsageError('--links must be emulator or vendor');
  const journalLimit = argv['journal-limit'];
  if (journalLimit !== undefined && !(Number.isInteger(journalLimit) && journalLimit >= 0)) throw new UsageError('--journal-limit must be an integer >= 0');
  if ((argv['tls-key'] === undefined) !== (argv['tls-cert'] === undefined)) throw new UsageError('--tls-key and --tls-cert go together');
  const fromEnv = (env[CLIENTS_ENV] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const clients = parseClients([...(argv.client ?? []), ...fromEnv]);
  return {
    host: argv.host,
    port: argv.port,
    mode: argv.legacy ? 'legacy' : 'kyx',
    region: argv.region,
    clients: clients.length > 0 ? clients : undefined,
    tokenExpiresIn: argv['token-expires-in'],
    webClientPrefix: argv.prefix,
    links: argv.links,
    journalLimit,
    tls: argv['tls-key'] && argv['tls-cert'] ? { key: readFileSync(argv['tls-key']), cert: readFileSync(argv['tls-cert']) } : undefined,
  };
}

export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** Start, print, and close on the first SIGINT/SIGTERM. Resolves when closed. */
export async function serveEmulator(options: EmulatorOptions, out: (line: string) => void, signals: SignalSource = process): Promise<Emulator> {
  // Loaded here, not at registration: `--help` and the codemod commands never load the emulator (undici).
  const { startEmulator } = await import('../../emulator/index.js');
  const emu = await startEmulator(options);
  const clientIds = (options.clients ?? [{ clientId: 'emulator-client' }]).map((c) => c.clientId).join(', ');
  out(`${emu.url}\n`);
  out(`netverify-migrate emulator: ${emu.mode} mode, region ${options.region ?? 'amer-1'}, clients: ${clientIds}; control API at ${emu.url}/__control\n`);
  let closed: Promise<void> | undefined;
  const stop = () => {
    closed ??= emu.close().then(() => out('netverify-migrate emulator: closed\n'));
  };
  signals.once('SIGINT', stop);
  signals.once('SIGTERM', stop);
  return emu;
}

export const emulatorCommand: CommandModule<object, EmulatorArgs> = {
  command: 'emulator',
  describe: 'run the KYX platform emulator (or the legacy Netverify API with --legacy) on loopback',
  builder: (y: Argv) =>
    y
      .option('port', { type: 'number', default: 0, describe: 'port (0 = pick a free one)' })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'interface to bind' })
      .option('legacy', { type: 'boolean', default: false, describe: 'emulate the legacy Netverify API instead of KYX' })
      .option('region', { type: 'string', default: 'amer-1', describe: 'amer-1 | emea-1 | apac-1' })
      .option('client', { type: 'string', array: true, describe: `OAuth2 client (legacy: API user) as id:secret, repeatable; also ${CLIENTS_ENV}=id:secret,…` })
      .option('token-expires-in', { type: 'number', default: 3600, describe: 'access token lifetime in seconds' })
      .option('prefix', { type: 'string', default: 'acme', describe: 'web-client domain name prefix' })
      .option('links', { type: 'string', default: 'emulator', describe: "hrefs on the emulator origin ('emulator') or the vendor hosts ('vendor')" })
      .option('journal-limit', { type: 'number', describe: 'journal entries kept (default 10000; 0 = none, for benchmarks)' })
      .option('tls-key', { type: 'string', describe: 'PEM key file: serve HTTPS' })
      .option('tls-cert', { type: 'string', describe: 'PEM certificate file: serve HTTPS' }) as unknown as Argv<EmulatorArgs>,
  handler: async (argv) => {
    let options: EmulatorOptions;
    try {
      options = toOptions(argv);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`netverify-migrate emulator: ${err.message}\n`);
      process.exit(2);
    }
    await serveEmulator(options, (line) => process.stdout.write(line));
  },
};
