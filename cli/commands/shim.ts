// `netverify-migrate shim serve|import|hash-secret`: thin wrappers over shim/.
import { createWriteStream, readFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { isKyxRegion } from '../../api/index.js';
import { hashSecret } from '../../shim/caller-auth.js';

// The shim's modules (undici, the SQLite and PostgreSQL drivers) load when an action runs, not when the command is
// registered: `--help` and the codemod commands never pay for them.
const shimModules = () =>
  Promise.all([
    import('../../shim/config.js'), import('../../shim/import.js'), import('../../shim/logger.js'),
    import('../../shim/proxy/server.js'), import('../../shim/store/open.js'),
  ]).then(([config, imports, logger, server, store]) => ({ ...config, ...imports, ...logger, ...server, ...store }));

const DEFAULT_STORE = 'sqlite:netverify-shim.db';

async function serve(argv: { port: number; host: string; region?: string; store: string; config: string; 'shutdown-grace': number; 'log-file'?: string }): Promise<void> {
  const { loadShimConfig, batchedSink, createLogger, openStore, startShimProxy } = await shimModules();
  let config;
  try {
    config = loadShimConfig(argv.config, argv.region);
  } catch (err) {
    process.stderr.write(`netverify-migrate shim serve: ${(err as Error).message}\n`);
    process.exit(2);
  }
  // Logs: JSON lines on stderr, or appended to --log-file (batched: one write per 20 ms).
  const file = argv['log-file'] ? createWriteStream(argv['log-file'], { flags: 'a' }) : undefined;
  const fileSink = file ? batchedSink((text) => file.write(text)) : undefined;
  const log = createLogger({ level: config.logLevel, ...(fileSink ? { sink: fileSink } : {}) });
  const store = await openStore(argv.store);
  const proxy = await startShimProxy({ config, store, host: argv.host, port: argv.port, logger: log });
  process.stdout.write(`shim listening on ${proxy.url} (region ${config.region}, store ${store.kind})\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('proxy.signal', { signal });
    void proxy
      .close(argv['shutdown-grace'])
      .then(() => store.close())
      .then(() => new Promise<void>((r) => (file ? (fileSink?.flush(), file.end(r)) : r())))
      .then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function runImport(argv: { file: string; store: string; region: string; format?: string }): Promise<void> {
  if (!isKyxRegion(argv.region)) {
    process.stderr.write('netverify-migrate shim import: --region must be amer-1, emea-1 or apac-1\n');
    process.exit(2);
  }
  const text = readFileSync(argv.file, 'utf8');
  const { openStore, formatOf, importMappings } = await shimModules();
  const store = await openStore(argv.store);
  try {
    const format = argv.format === 'csv' || argv.format === 'json' ? argv.format : formatOf(argv.file, text);
    const report = await importMappings(store, text, format, argv.region);
    for (const r of report.rejected) process.stderr.write(`${argv.file}:${r.line}: rejected: ${r.reason}\n`);
    process.stdout.write(`imported ${report.imported}, rejected ${report.rejected.length}\n`);
    process.exitCode = report.rejected.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

export const shimCommand: CommandModule = {
  command: 'shim',
  describe: 'the legacy-compatible runtime shim (HTTP proxy, mapping import)',
  builder: (y: Argv) =>
    y
      .command({
        command: 'serve',
        describe: 'serve the legacy Netverify routes over KYX (binds 127.0.0.1 unless --host is given)',
        builder: (b: Argv) =>
          b
            .option('port', { type: 'number', default: 8085, describe: 'port (0 = pick one)' })
            .option('host', { type: 'string', default: '127.0.0.1', describe: 'interface to bind' })
            .option('region', { type: 'string', describe: 'KYX region (amer-1, emea-1, apac-1); overrides the config' })
            .option('store', { type: 'string', default: DEFAULT_STORE, describe: 'sqlite:FILE or postgres://…' })
            .option('config', { type: 'string', demandOption: true, describe: 'JSON config: clients, callers, …' })
            .option('shutdown-grace', { type: 'number', default: 10_000, describe: 'ms to let in-flight requests finish on SIGTERM' })
            .option('log-file', { type: 'string', describe: 'append JSON log lines to this file instead of stderr' }),
        handler: (a) => serve(a as never),
      })
      .command({
        command: 'import <file>',
        describe: 'load enrollment reference → KYX account mappings from CSV or JSON',
        builder: (b: Argv) =>
          b
            .positional('file', { type: 'string', demandOption: true })
            .option('store', { type: 'string', default: DEFAULT_STORE })
            .option('region', { type: 'string', default: 'amer-1', describe: 'region of rows without one' })
            .option('format', { choices: ['csv', 'json'] as const, describe: 'default: from the file name' }),
        handler: (a) => runImport(a as never),
      })
      .command({
        command: 'hash-secret',
        describe: 'read a legacy API secret on stdin, print the hash for the config "callers[].secretHash"',
        builder: (b: Argv) => b.option('kind', { choices: ['scrypt', 'sha256'] as const, default: 'scrypt' }),
        handler: (a) => {
          const secret = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
          process.stdout.write(`${hashSecret(secret, (a as { kind: 'scrypt' | 'sha256' }).kind)}\n`);
        },
      })
      .demandCommand(1, 'Name an action: serve, import, hash-secret.'),
  handler: () => undefined,
};
