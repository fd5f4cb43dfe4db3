// The retrieval rule uses the KYX helper module the shared writer (codemods/analysis/kyx-helper.ts) puts into
// the customer's repo: the same file, import style and token function as the initiate rules. The seam the
// retrieval needs — the KYX account of a workflow execution — is not in that module yet, so it lives in a small
// companion module written next to it (same language and module system), with the same setter pattern.
import * as path from 'node:path';
import { HELPER_BASENAME, HELPER_EXPORTS, planHelper } from '../../analysis/kyx-helper.js';
export { HELPER_BASENAME };
import type { FileStyle, NewFile, ProjectView, RuleFile, ScriptBlock } from '../../engine/types.js';

export const TOKEN_FN = HELPER_EXPORTS.token;
export const WORKFLOW_ACCOUNT_FN = 'resolveKyxWorkflowAccount';
export const WORKFLOW_ACCOUNT_SETTER = 'setKyxWorkflowAccountResolver';
export const SEAM_BASENAME = 'kyx-workflow-account';

export interface HelperImport {
  /** The whole statement, for a file that does not import the module yet. */
  statement: string;
  specifier: string;
  names: string[];
}

export interface RetrievalHelpers {
  /** Imports of the helper and of the companion seam module. */
  imports: HelperImport[];
  newFiles: NewFile[];
  seamFile: string;
  /** Why the file cannot import them (kyx-helper.ts's HelperPlan.unavailable). */
  problem?: string;
}

export function planRetrievalHelpers(file: RuleFile, block: ScriptBlock, project: ProjectView, style?: FileStyle): RetrievalHelpers {
  const plan = planHelper(file, block, project);
  // In the file's own quotes and semicolon habit (hold-out round 64: `;` in a file without semicolons).
  const helperStatement = plan.importText([TOKEN_FN], style?.quote, style && !style.semicolons ? '' : ';');
  const seamStatement = plan.importText([WORKFLOW_ACCOUNT_FN], style?.quote, style && !style.semicolons ? '' : ';').replace(new RegExp(`${HELPER_BASENAME}(?=(\\.[cm]?[jt]s)?['"])`), SEAM_BASENAME);
  const spec = (st: string): string => /(?:from\s*|require\()\s*['"]([^'"]+)['"]/.exec(st)![1]!;
  const helperAbs = plan.newFile.absPath;
  const ext = path.extname(helperAbs);
  const seamAbs = path.join(path.dirname(helperAbs), `${SEAM_BASENAME}${ext}`);
  const ts = /\.[cm]?ts$/.test(ext);
  // The helper's own module system: `export` in its text means ESM.
  const esm = ts || /^export /m.test(plan.newFile.text);
  return {
    imports: [
      { statement: helperStatement, specifier: spec(helperStatement), names: [TOKEN_FN] },
      { statement: seamStatement, specifier: spec(seamStatement), names: [WORKFLOW_ACCOUNT_FN] },
    ],
    newFiles: [plan.newFile, { absPath: seamAbs, text: seamSource(ts, esm), message: `KYX workflow-execution → account seam (${SEAM_BASENAME}${ext})`, importedAs: spec(seamStatement) }],
    seamFile: `${SEAM_BASENAME}${ext}`,
    problem: plan.unavailable && `legacy retrieval not migrated automatically: ${plan.unavailable}`,
  };
}

function seamSource(ts: boolean, esm: boolean): string {
  const T = (s: string): string => (ts ? s : '');
  const exp = esm ? 'export ' : '';
  const fnType = '(workflowExecutionId: string) => Promise<{ accountId: string }> | { accountId: string }';
  const lines = [
    '// Written by netverify-migrate: which KYX account a workflow execution belongs to. Retrieval on KYX is',
    '// GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}, and the',
    '// legacy code only kept the authentication reference (now the workflowExecution.id). Store account.id next to',
    '// workflowExecution.id when an authentication starts, then implement the lookup here (or install it with',
    `// ${WORKFLOW_ACCOUNT_SETTER}).`,
    '',
    `let resolver${T(`: (${fnType}) | undefined`)};`,
    '',
    `${exp}function ${WORKFLOW_ACCOUNT_SETTER}(fn${T(`: ${fnType}`)})${T(': void')} {`,
    '  resolver = fn;',
    '}',
    '',
    // Nullable like resolveKyxAccount's: the legacy URL took the reference as it came (a route parameter or query
    // value typed `string | undefined` / `string | null`), and the call now passes that same value here.
    '/** Implement this (a netverify-migrate manual item). */',
    `${exp}async function ${WORKFLOW_ACCOUNT_FN}(workflowExecutionId${T(': string | null | undefined')})${T(': Promise<{ accountId: string }>')} {`,
    `  if (!workflowExecutionId) throw new Error('${WORKFLOW_ACCOUNT_FN}: a workflow execution id is required');`,
    '  if (resolver) return resolver(workflowExecutionId);',
    `  throw new Error(\`${WORKFLOW_ACCOUNT_FN} is not implemented: find the KYX account of workflow execution \${workflowExecutionId} (see MIGRATION.md)\`);`,
    '}',
  ];
  if (!esm) lines.push('', `module.exports = { ${WORKFLOW_ACCOUNT_FN}, ${WORKFLOW_ACCOUNT_SETTER} };`);
  return `${lines.join('\n')}\n`;
}
