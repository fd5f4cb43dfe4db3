// JS source inside a string: a server renders a page from a template literal (`res.send(`<script>…</script>`)`)
// that holds the pasted Jumio listener. We parse the string's content (substitutions replaced by placeholders),
// run the same proof on it, and flag the literal; we never rewrite inside it (the substitutions make positions
// and syntax unreliable, and the code is generated at runtime).
import { Node, SyntaxKind, ts } from '#ts-morph';
import { descendantsOfKinds } from '../../engine/descendants.js';
import type { SourceFile } from '#ts-morph';
import { parseEmbedded } from '../../engine/embedded.js';
import { flavourOfExtension } from '../../engine/file-kinds.js';
import { createProject, parseText, releaseSourceFile } from '../../engine/parse.js';
import { markupFramesCamera, provenJumioHandlers } from '../../analysis-frontend/index.js';
import { planHandler, type Plan } from './plan.js';

let project: ReturnType<typeof createProject> | undefined;

export interface EmbeddedFinding {
  literal: Node;
  message: string;
}

export function findHandlersInStrings(sf: SourceFile): EmbeddedFinding[] {
  const out: EmbeddedFinding[] = [];
  // The test below on the raw nodes first, so only the few candidate literals are wrapped by ts-morph.
  const literals: Node[] = [
    ...descendantsOfKinds(sf, new Set([SyntaxKind.NoSubstitutionTemplateLiteral]), (n) => candidate(rawContentOf(n))),
    ...descendantsOfKinds(sf, new Set([SyntaxKind.TemplateExpression]), (n) => candidate(rawContentOf(n))),
    ...descendantsOfKinds(sf, new Set([SyntaxKind.StringLiteral]), (n) => candidate(rawContentOf(n))),
  ];
  for (const lit of literals) {
    const text = contentOf(lit);
    if (!candidate(text)) continue;
    const sources = /<script/i.test(text) ? parseEmbedded(text, false).scripts.map((s) => text.slice(s.start, s.end)) : [text];
    project ??= createProject();
    // The same markup framing a camera iframe (the web client's required allow) is one point of proof.
    const cameraFrame = markupFramesCamera(text);
    for (const code of sources) {
      const inner = parseText(project, '/embedded/template.js', code, flavourOfExtension('js')!);
      try {
        const proven = provenJumioHandlers(inner, { cameraFrame });
        if (proven.length === 0) continue;
        const plan: Plan = { edits: [], manual: [] };
        for (const h of proven) planHandler(h.data, h.origins, plan);
        const what = [...new Set([...plan.edits.map((e) => e.message), ...plan.manual.map((m) => m.message.split(':')[0])])];
        out.push({
          literal: lit,
          message: `this string holds a Jumio iFrame message handler (JS inside a template string is not rewritten): ${what.length ? what.join('; ') : 'check it against the KYX event shape'}; accountId is new in event.data`,
        });
        break;
      } finally {
        releaseSourceFile(inner);
      }
    }
  }
  return out;
}

// A listener that only forwards the posted data (a WebView bridge's injected script) parses nothing: naming the
// legacy host (its origin check) makes it a candidate too.
function candidate(text: string): boolean {
  return text.length >= 60 && text.includes('message') && /JSON|parse|netverify/i.test(text);
}

/** contentOf() on the raw node (the same strings: ts-morph's getLiteralText() is the raw node's `text`). */
function rawContentOf(n: ts.Node): string {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return n.head.text + n.templateSpans.map((s) => `__subst__${s.literal.text}`).join('');
  return '';
}

/** The literal's content with `${…}` substitutions replaced by a neutral identifier. */
function contentOf(lit: Node): string {
  if (Node.isStringLiteral(lit) || Node.isNoSubstitutionTemplateLiteral(lit)) return lit.getLiteralText();
  if (Node.isTemplateExpression(lit)) {
    let s = lit.getHead().getLiteralText();
    for (const span of lit.getTemplateSpans()) s += `__subst__${span.getLiteral().getLiteralText()}`;
    return s;
  }
  return '';
}
