// `netverify-migrate codemod [paths..]` — thin: options here, the work in codemods/engine (imported lazily so
// `--help` never loads the compiler).
import type { CommandModule } from 'yargs';

interface Args {
  paths?: string[];
  write: boolean;
  json: boolean;
  check: boolean;
  quiet: boolean;
  rules?: string | string[];
  ignore?: string | string[];
  workers?: number;
  'allow-dirty': boolean;
  'output-patch'?: string;
}

export const codemodCommand: CommandModule<object, Args> = {
  command: 'codemod [paths..]',
  describe: 'Migrate legacy Netverify code. Dry run by default: diffs on stdout, summary on stderr, nothing written',
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'files or directories (default: .)' })
      .option('write', { type: 'boolean', default: false, describe: 'apply the changes in place (atomic per file)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the JSON report (version 1) instead of diffs' })
      .option('check', { type: 'boolean', default: false, describe: 'exit 1 when a file would change or a manual item was found' })
      .option('rules', { type: 'string', describe: 'run only these rules (comma-separated ids; repeatable)' })
      .option('ignore', { type: 'string', describe: 'extra gitignore-style pattern (repeatable)' })
      .option('workers', { type: 'number', describe: 'worker threads (default: available parallelism)' })
      .option('allow-dirty', { type: 'boolean', default: false, describe: 'write even over uncommitted git changes' })
      .option('output-patch', { type: 'string', describe: 'also write the changes as a patch for `git apply`' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no summary or progress on stderr' }) as never,
  handler: async (argv) => {
    const { runCodemodCli, parseRuleList, parseWorkers } = await import('../../codemods/engine/cli-codemod.js');
    const { UsageError } = await import('../../codemods/engine/discover.js');
    try {
      process.exitCode = await runCodemodCli({
        paths: argv.paths ?? [], write: argv.write, json: argv.json, check: argv.check, quiet: argv.quiet,
        rules: parseRuleList(argv.rules), ignore: argv.ignore === undefined ? undefined : [argv.ignore].flat(), workers: parseWorkers(argv.workers),
        allowDirty: argv['allow-dirty'], outputPatch: argv['output-patch'],
      });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`netverify-migrate: ${err.message}\n`);
      process.exitCode = 2;
    }
  },
};
