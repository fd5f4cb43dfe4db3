// The CLI: yargs commands, each in cli/commands/<name>.ts. Thin: parse, call a part, print.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commandsFor } from './commands/index.js';

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

for (const command of await commandsFor(hideBin(process.argv))) cli.command(command);

await cli.parseAsync();
