// Tests, end-to-end specs and stories of the customer's app. They simulate the web client: post its events to the
// page and open the landing page with its query parameters. Once the app reads the KYX names those mocks must send
// them too, or the suite fails (hold-out round 4: Cypress, Playwright and Storybook files). Outside test code the same
// writes are left alone (a compatibility layer may re-post legacy-shaped events on purpose).
//
// The names alone prove nothing: payment, banking and remittance tests post `{ transactionReference, payload }` and
// visit `?transactionStatus=SUCCESS&transactionReference=…` too (round-4 lookalikes). So a mock is migrated only in a
// test file that names Jumio (a legacy or KYX host, or the word), that does not already use the KYX names (a file
// with both shapes tests both on purpose, e.g. "the migrated handler ignores legacy events"), and, when some test
// cases of the file name Jumio, only inside one of those.
import { Node, SyntaxKind, type CallExpression } from '#ts-morph';
import { IFRAME_EVENT_RENAMES, REDIRECT_PARAM_RENAMES } from '../../api/index.js';
import { descendantsOfKinds } from '../engine/descendants.js';
import { withoutMarkers } from '../engine/markers.js';
import { mentionsJumio } from './syntax.js';

const TEST_PATH = /(\.(cy|spec|test|e2e|stories|story)\.[cm]?[jt]sx?$)|(^|\/)(__tests__|cypress|e2e|playwright|\.storybook)\//;
const TEST_CONTENT = /from\s+['"](@playwright\/test|@storybook\/[\w-]+|vitest|@jest\/globals|cypress|@testing-library\/[\w-]+)['"]|\bcy\.(visit|window|intercept|get)\(|\b(describe|test)\(\s*['"`]/;
/** The KYX names a migrated mock of each kind carries. The landing ones leave out what the event shares with it
 * (workflowExecutionId): the event rule runs first and may have just written it into this very file. */
export const KYX_EVENT_NAMES: readonly string[] = IFRAME_EVENT_RENAMES.map((r) => r.kyx);
export const KYX_LANDING_NAMES: readonly string[] = REDIRECT_PARAM_RENAMES.map((r) => r.kyx).filter((n) => !KYX_EVENT_NAMES.includes(n));
const TEST_CASE = /^(it|test|specify)(\.(only|skip|concurrent))?$/;

export function isTestOrStory(path: string, text: string): boolean {
  return TEST_PATH.test(path) || TEST_CONTENT.test(text);
}

/** A test file whose web-client mocks may be migrated (see above); `undefined` when they may not. */
export interface JumioTestFile {
  /** Whether a mock at `node` belongs to a test case about Jumio (see above). */
  inCase(node: Node): boolean;
}

export function jumioTestFile(path: string, text: string, kyxNames: readonly string[]): JumioTestFile | undefined {
  if (!isTestOrStory(path, text) || !mentionsJumio(withoutMarkers(text)) || kyxNames.some((n) => new RegExp(`\\b${n}\\b`).test(text))) return undefined;
  let cases: { call: CallExpression; jumio: boolean }[] | undefined;
  return {
    inCase(node: Node): boolean {
      const sf = node.getSourceFile();
      cases ??= (descendantsOfKinds(sf, new Set([SyntaxKind.CallExpression])) as CallExpression[])
        .filter((c) => TEST_CASE.test(c.getExpression().getText()))
        .map((call) => ({ call, jumio: mentionsJumio(withoutMarkers(call.getText())) }));
      if (!cases.some((c) => c.jumio)) return true; // Jumio named outside the cases (fixtures, beforeEach): all count
      const own = cases.filter((c) => c.call.getStart() <= node.getStart() && node.getEnd() <= c.call.getEnd()).pop();
      return own?.jumio ?? true;
    },
  };
}
