// Rule web-client-host: hard-coded legacy web-client URLs (`https://<prefix>.netverify.com/web/v4/app…`), the v3
// widget script (`…/widget/jumio-verify/2.0/iframe-script.js`, `resources.netverify.com`) and the v3 widget's
// `JumioClient.setVars(…)` are flagged with what replaces them. Nothing is rewritten: on KYX the web-client URL
// is per transaction (`web.href` of the account response) and the v3 widget has no direct equivalent.
import { Node, SyntaxKind, ts, type CallExpression, type NewExpression } from '#ts-morph';
import { CALLS, descendantsOfKinds, rawText } from '../../engine/descendants.js';
import type { SourceFile } from '#ts-morph';
import { messageFor, widgetCallMessage } from './messages.js';
import type { ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { findWebClientUrls } from '../../analysis-frontend/index.js';
import { resolveIdentifier, stringValue, unwrap } from '../../analysis-frontend/syntax.js';

export const ID = 'web-client-host';
export { messageFor };

export const webClientHost: Rule = {
  id: ID,
  title: 'Hard-coded legacy web-client URLs and the v3 widget script: flagged with what replaces them (web.href, the KYX web client or Web SDK)',
  prefilter: ['netverify', 'JumioClient'],
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run(file: RuleFile, _ctx: RuleContext): RuleResult {
    const manual: ManualItem[] = [];
    const globals = file.scripts.map((s) => s.sourceFile);
    for (const block of file.scripts) {
      for (const { pos, message } of scanScript(block.sourceFile, globals)) manual.push({ pos: block.offset + pos, message });
    }
    for (const el of file.html?.elements ?? []) {
      const loc = el.sourceCodeLocation;
      if (!loc) continue;
      const messages = new Set<string>();
      for (const a of el.attrs) for (const url of findWebClientUrls(a.value)) messages.add(messageFor(url));
      for (const message of messages) manual.push({ pos: loc.startOffset, message, commentStyle: 'html' });
    }
    return { edits: [], manual };
  },
};

function scanScript(sf: SourceFile, globals: readonly SourceFile[]): { pos: number; message: string }[] {
  const out: { pos: number; message: string }[] = [];
  // Only literals that hold a web-client URL are wrapped (the test on the raw node uses the same text as getText()).
  const raw = sf.compilerNode;
  const holdsUrl = (n: ts.Node): boolean => findWebClientUrls(raw.text.slice(n.getStart(raw), n.end)).length > 0;
  const literals: Node[] = [
    ...descendantsOfKinds(sf, new Set([SyntaxKind.StringLiteral]), holdsUrl),
    ...descendantsOfKinds(sf, new Set([SyntaxKind.NoSubstitutionTemplateLiteral]), holdsUrl),
    ...descendantsOfKinds(sf, new Set([SyntaxKind.TemplateExpression]), holdsUrl),
  ];
  for (const lit of literals) {
    // Module specifiers and JSX attribute strings are literals too; both may carry a URL and are flagged alike.
    const seen = new Set<string>();
    for (const url of findWebClientUrls(lit.getText())) {
      const message = messageFor(url);
      if (seen.has(message)) continue;
      seen.add(message);
      out.push({ pos: lit.getStart(), message });
    }
  }
  // `new URL('/web/v4/app', 'https://acme.netverify.com')`: a web-client URL built from its path and a base (round-12
  // hold-out: only legacy-endpoint's item on the bare host, which did not say the URL is issued per transaction).
  // Found on raw nodes and wrapped only when spelled `new URL(…)` / `….setVars(…)`: the rest of the file is never wrapped.
  const newUrls = raw.text.includes('URL') ? descendantsOfKinds(sf, NEW_KIND, (n) => rawText((n as ts.NewExpression).expression, raw) === 'URL') : [];
  for (const nu of newUrls as NewExpression[]) {
    const [path, base] = nu.getArguments().map((a) => stringValue(a));
    if (nu.getExpression().getText() !== 'URL' || !path?.startsWith('/') || base === undefined) continue;
    for (const url of findWebClientUrls(base.replace(/\/+$/, '') + path)) out.push({ pos: nu.getStart(), message: messageFor(url) });
  }
  // JSX text such as <iframe src="…"> inside .jsx/.tsx: attribute strings are StringLiterals (covered above).
  const setVars = raw.text.includes('setVars') ? descendantsOfKinds(sf, CALLS) : [];
  for (const call of setVars as CallExpression[]) {
    const callee = unwrap(call.getExpression());
    if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'setVars') continue;
    const obj = unwrap(callee.getExpression());
    const isGlobalWidget = (Node.isIdentifier(obj) && obj.getText() === 'JumioClient' && !resolveIdentifier(obj, globals))
      || (Node.isPropertyAccessExpression(obj) && obj.getName() === 'JumioClient' && ['window', 'self', 'globalThis'].includes(obj.getExpression().getText()));
    if (isGlobalWidget) {
      out.push({ pos: call.getStart(), message: widgetCallMessage('setVars') });
    }
  }
  return out;
}

const NEW_KIND: ReadonlySet<SyntaxKind> = new Set([SyntaxKind.NewExpression]);

export default webClientHost;
