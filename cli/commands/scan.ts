// `netverify-migrate scan [paths..]` — inventory of legacy usage (code via the rules in detect mode, plus config files).
import type { CommandModule } from 'yargs';

interface Args {
  paths?: string[];
  json: boolean;
  quiet: boolean;
  rules?: string | string[];
  ignore?: string | string[];
  workers?: number;
}

export const scanCommand: CommandModule<object, Args> = {
  command: 'scan [paths..]',
  describe: 'List every legacy usage found (rule, file:line, automatic or manual), including config files',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'files or directories (default: .)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the inventory as JSON' })
      .option('rules', { type: 'string', describe: 'only these rules (comma-separated ids; repeatable)' })
      .option('ignore', { type: 'string', describe: 'extra gitignore-style pattern (repeatable)' })
      .option('workers', { type: 'number', describe: 'worker threads (default: available parallelism)' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no summary or progress on stderr' }) as never,
  handler: async (argv) => {
    const { parseRuleList, parseWorkers } = await import('../../codemods/engine/cli-codemod.js');
    const { runScanCli } = await import('../../codemods/engine/cli-scan.js');
    const { UsageError } = await import('../../codemods/engine/discover.js');
    try {
      process.exitCode = await runScanCli({
        paths: argv.paths ?? [], json: argv.json, quiet: argv.quiet, rules: parseRuleList(argv.rules), ignore: argv.ignore === undefined ? undefined : [argv.ignore].flat(),
        workers: parseWorkers(argv.workers),
      });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`netverify-migrate: ${err.message}\n`);
      process.exitCode = 2;
    }
  },
};
