// The command registry. Each command lives in its own file; add it here.
import type { CommandModule } from 'yargs';
import { codemodCommand } from './codemod.js';
import { scanCommand } from './scan.js';
import { rulesCommand } from './rules.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [];
commands.push(codemodCommand, scanCommand, rulesCommand);
import { emulatorCommand } from './emulator.js'; commands.push(emulatorCommand); // the KYX / legacy emulator
import { shimCommand } from './shim.js'; commands.push(shimCommand); // the shim: serve, import, hash-secret
