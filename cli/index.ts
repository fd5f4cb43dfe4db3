// The CLI: yargs commands, each in cli/commands/<name>.ts. Thin: parse, call a part, print.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';

// `netverify-migrate codemod . | head`: the reader leaving is not an error of ours. Everything the run writes to disk
// is written before stdout is (the report or the diff), so the rest of the output is dropped and the exit status
// stays the run's.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.stdout.destroy();
});

const cli = yargs(hideBin(process.argv))
  .scriptName('netverify-migrate')
  .usage('$0 <command> [options]')
  .strict()
  .demandCommand(1, 'Name a command: codemod, scan, rules, shim, emulator.')
  .help()
  .alias('h', 'help')
  .version(false)
  .fail((msg, err) => {
    if (err) throw err;
    process.stderr.write(`netverify-migrate: ${msg}\nRun 'netverify-migrate --help' for usage.\n`);
    process.exit(2);
  });

for (const command of commands) cli.command(command);

await cli.parseAsync();
