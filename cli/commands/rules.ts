// `netverify-migrate rules` — list the rules: id and title.
import type { CommandModule } from 'yargs';

export const rulesCommand: CommandModule<object, { json: boolean }> = {
  command: 'rules',
  describe: 'List the codemod rules: id, title',
  builder: (y) => y.option('json', { type: 'boolean', default: false, describe: 'print as JSON' }) as never,
  handler: async (argv) => {
    const { runRulesCli } = await import('../../codemods/engine/cli-scan.js');
    process.exitCode = await runRulesCli(argv.json);
  },
};
