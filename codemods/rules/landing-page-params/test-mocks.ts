// A test or story that opens the landing page the way the web client does (`cy.visit('/done?transactionStatus=
// SUCCESS&transactionReference=…')`, `new URLSearchParams({ transactionStatus: 'SUCCESS', transactionReference })`,
// `{ qs: { … } }`): once the page reads the KYX names the mock must send them. Both names together with a status
// Jumio sends (SUCCESS/ERROR); a payment return mock (`transactionStatus=APPROVED`) is not one. Only in test code
// about Jumio (analysis-frontend/test-code.ts): elsewhere writing these names is not reading them.
import { Node, SyntaxKind, type SourceFile } from '#ts-morph';
import { LEGACY, REDIRECT_PARAM_NEW, REDIRECT_PARAM_RENAMES, REDIRECT_PARAM_RETAINED, renameIn } from '../../../api/index.js';
import type { Edit } from '../../engine/types.js';
import { descendantsOfKinds } from '../../engine/descendants.js';
import { stringValue } from '../../analysis-frontend/syntax.js';
import type { JumioTestFile } from '../../analysis-frontend/test-code.js';

const STATUS = /^(SUCCESS|ERROR)$/;
const QUERY_KEYS = new Set<string>([...REDIRECT_PARAM_RENAMES.map((r) => r.legacy), ...REDIRECT_PARAM_RETAINED, ...REDIRECT_PARAM_NEW]);
const LITERALS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateExpression, SyntaxKind.ObjectLiteralExpression]);

export function mockedRedirectEdits(sf: SourceFile, offset: number, test: JumioTestFile): Edit[] {
  const edits: Edit[] = [];
  const rename = (start: number, name: string): void => {
    const kyx = renameIn(REDIRECT_PARAM_RENAMES, name)!;
    edits.push({ start: start + offset, end: start + name.length + offset, text: kyx, message: `simulated redirect to the landing page (test/story): ${name} → ${kyx}` });
  };
  for (const n of descendantsOfKinds(sf, LITERALS)) {
    if (!test.inCase(n)) continue;
    if (Node.isObjectLiteralExpression(n)) {
      const props = n.getProperties();
      const named = props.flatMap((p) => (Node.isPropertyAssignment(p) ? [{ p, name: stringValue(p.getNameNode()) ?? p.getName() }] : []));
      if (named.length !== props.length || !named.every((x) => QUERY_KEYS.has(x.name))) continue;
      const status = named.find((x) => x.name === LEGACY.transactionStatus);
      if (!status || !named.some((x) => x.name === LEGACY.transactionReference) || !STATUS.test(stringValue(status.p.getInitializerOrThrow()) ?? '')) continue;
      for (const { p, name } of named) {
        if (!renameIn(REDIRECT_PARAM_RENAMES, name)) continue;
        const k = p.getNameNode();
        rename(k.getStart() + (Node.isStringLiteral(k) ? 1 : 0), name);
      }
      continue;
    }
    // A query string inside a URL literal: the raw text of each literal part (names need no escaping).
    const parts = Node.isTemplateExpression(n) ? [n.getHead(), ...n.getTemplateSpans().map((s) => s.getLiteral())] : [n];
    const raw = parts.map((p) => p.getText()).join('\u0000');
    const status = new RegExp(`[?&]${LEGACY.transactionStatus}=([^&'"\`$]*)`).exec(raw);
    if (!status || !STATUS.test(status[1]!) || !new RegExp(`[?&]${LEGACY.transactionReference}=`).test(raw)) continue;
    for (const p of parts) {
      for (const m of p.getText().matchAll(new RegExp(`(?<=[?&])(${LEGACY.transactionStatus}|${LEGACY.transactionReference})(?==)`, 'g'))) rename(p.getStart() + m.index!, m[1]!);
    }
  }
  return edits;
}
