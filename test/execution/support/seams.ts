// What the customer does after the codemod: implement the seams of the generated helper modules. The test
// installs its lookups through the setters the modules export, from a module loaded with `node --import`
// (the same module instances the migrated code imports).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELPER_BASENAME, HELPER_EXPORTS } from '../../../codemods/analysis/kyx-helper.js';
import { SEAM_BASENAME, WORKFLOW_ACCOUNT_SETTER } from '../../../codemods/rules/retrieval-authentication/kyx-helper.js';

export interface SeamAccount {
  accountId: string;
  credentialId: string;
}

function find(dir: string, base: string): string {
  for (const ext of ['.mjs', '.js', '.cjs']) {
    const p = join(dir, `${base}${ext}`);
    if (existsSync(p)) return p;
  }
  throw new Error(`no ${base}.{mjs,js,cjs} in ${dir}: did the codemod write its helper modules?`);
}

/**
 * Writes `seams.mjs` into `dir` (next to the generated helpers) and returns its path. `workflowSeam: false` when
 * the codemod migrated no retrieval (so wrote no workflow-account module).
 */
export function writeSeams(dir: string, account: SeamAccount, opts: { workflowSeam?: boolean } = {}): string {
  const workflowSeam = opts.workflowSeam ?? true;
  const helper = pathToFileURL(find(dir, HELPER_BASENAME)).href;
  const seam = workflowSeam ? pathToFileURL(find(dir, SEAM_BASENAME)).href : '';
  const file = join(dir, 'test-seams.mjs');
  writeFileSync(file, [
    `import { ${HELPER_EXPORTS.setResolver} as setKyxAccountResolver } from ${JSON.stringify(helper)};`,
    ...(workflowSeam ? [`import { ${WORKFLOW_ACCOUNT_SETTER} as setKyxWorkflowAccountResolver } from ${JSON.stringify(seam)};`] : []),
    `const account = ${JSON.stringify(account)};`,
    'setKyxAccountResolver(async (enrollmentReference) => {',
    `  if (enrollmentReference !== process.env.TEST_ENROLLMENT_REFERENCE) throw new Error('unknown enrollment ' + enrollmentReference);`,
    '  return account;',
    '});',
    ...(workflowSeam ? ['setKyxWorkflowAccountResolver(async () => ({ accountId: account.accountId }));'] : []),
    '',
  ].join('\n'));
  return file;
}
