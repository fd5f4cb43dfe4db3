// The command registry. Each command lives in its own file; add it here. The shim and emulator commands load
// undici and the SQLite and PostgreSQL drivers only when one of their actions runs (cli/commands/shim.ts,
// emulator.ts), so `--help`, `codemod`, `scan` and `rules` never load them.
import type { CommandModule } from 'yargs';
import { codemodCommand } from './codemod.js';
import { emulatorCommand } from './emulator.js';
import { rulesCommand } from './rules.js';
import { scanCommand } from './scan.js';
import { shimCommand } from './shim.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<any, any>;

export const commands: readonly AnyCommand[] = [codemodCommand, scanCommand, rulesCommand, emulatorCommand, shimCommand];
