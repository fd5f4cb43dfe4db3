// The command registry. Each command lives in its own file; add it here. The shim and emulator commands pull in
// undici, SQLite and PostgreSQL drivers: a run of `codemod`, `scan` or `rules` does not load them (a third of a
// small codemod run's start-up went there); `--help` and every other command load all.
import type { CommandModule } from 'yargs';
import { codemodCommand } from './codemod.js';
import { scanCommand } from './scan.js';
import { rulesCommand } from './rules.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<any, any>;

const CODEMOD_COMMANDS = new Set(['codemod', 'scan', 'rules']);

/** The commands to register for this invocation: the first non-option argument names the command. */
export async function commandsFor(argv: readonly string[]): Promise<AnyCommand[]> {
  const commands: AnyCommand[] = [codemodCommand, scanCommand, rulesCommand];
  const first = argv.find((a) => !a.startsWith('-'));
  if (first !== undefined && CODEMOD_COMMANDS.has(first)) return commands;
  const [{ emulatorCommand }, { shimCommand }] = await Promise.all([import('./emulator.js'), import('./shim.js')]);
  commands.push(emulatorCommand, shimCommand);
  return commands;
}
