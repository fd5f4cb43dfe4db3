// Text with its comments blanked (same length, newlines kept), for proofs that must come from code: a comment saying
// "Not Jumio" (or "Jumio") is no evidence of what a page is (hold-out lookalikes: a payment or donation return page
// whose comment named Jumio was renamed). JavaScript comments are found with TypeScript's scanner (strings, template
// literals and their `${…}` followed), a markup page's `<!-- … -->` by their delimiters and its scripts' comments
// with the scanner.
import { ts } from '#ts-morph';

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');
/** Tokens after which a `/` divides. */
const VALUE_END = new Set<ts.SyntaxKind>([ts.SyntaxKind.Identifier, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken, ts.SyntaxKind.CloseBraceToken, ts.SyntaxKind.TemplateTail, ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.RegularExpressionLiteral, ts.SyntaxKind.ThisKeyword, ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken]);

/** `code` (JavaScript / TypeScript) with its comments blanked. */
export function scriptWithoutComments(code: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, code);
  const cuts: [number, number][] = [];
  const templates: number[] = []; // brace depth at each open `${`
  let depth = 0;
  let last: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.SingleLineCommentTrivia || k === ts.SyntaxKind.MultiLineCommentTrivia) {
      cuts.push([scanner.getTokenPos(), scanner.getTextPos()]);
      continue;
    }
    if (k === ts.SyntaxKind.NewLineTrivia || k === ts.SyntaxKind.WhitespaceTrivia) continue;
    // A slash where no value ends is a regular expression (`/\/\//`), not a division.
    if ((k === ts.SyntaxKind.SlashToken || k === ts.SyntaxKind.SlashEqualsToken) && !VALUE_END.has(last)) k = scanner.reScanSlashToken();
    last = k;
    if (k === ts.SyntaxKind.TemplateHead) templates.push(depth);
    else if (k === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (k === ts.SyntaxKind.CloseBraceToken) {
      if (templates.length && templates[templates.length - 1] === depth) {
        if (scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateTail) templates.pop();
      } else depth--;
    }
  }
  let out = '';
  let at = 0;
  for (const [s, e] of cuts) {
    out += code.slice(at, s) + blank(code.slice(s, e));
    at = e;
  }
  return out + code.slice(at);
}

/** A markup page's text (HTML, Vue, Svelte, Astro) with its HTML comments and its scripts' comments blanked. */
export function markupWithoutComments(text: string): string {
  let out = text.replace(/<!--[\s\S]*?(-->|$)/g, blank);
  out = out.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (_m, open: string, body: string, close: string) => open + scriptWithoutComments(body) + close);
  // An Astro frontmatter (between `---` fences at the top) is a script too.
  return out.replace(/^(\s*---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/, (_m, open: string, body: string, close: string) => open + scriptWithoutComments(body) + close);
}
