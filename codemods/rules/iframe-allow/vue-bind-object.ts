// Vue's object binding on a frame, `v-bind="{ allow: 'camera;fullscreen', src: url }"`: each property of a literal
// object is an attribute of the tag (Vue binds them one by one), so `allow: '…'` is the frame's allow list, editable
// inside its quotes like `:allow="'…'"`, and `src: url` a bound src. The attributes keep the range of the whole
// `v-bind` attribute: what the plan inserts after one of them (`allowfullscreen`, a missing `allow="…"`) goes on the
// tag after the object, never inside it. Anything else — a name (`v-bind="frameProps"`), a spread, a computed key, an
// entity in the value — stays a spread the rule cannot read (flagged).
import { ts } from '#ts-morph';
import type { FrameAttr } from './frame-tag.js';

/** The attributes of `v-bind="{ … }"` (the attribute at start..end of `text`), or undefined when it is no literal object. */
export function vBindObjectAttrs(text: string, start: number, end: number): FrameAttr[] | undefined {
  const raw = text.slice(start, end);
  const m = /^v-bind\s*=\s*(["'])([\s\S]*)\1$/.exec(raw);
  if (!m || m[2]!.includes('&')) return undefined;
  const valueAt = start + raw.indexOf(m[1]!) + 1;
  const code = `(${m[2]})`;
  const sf = ts.createSourceFile('v-bind.ts', code, ts.ScriptTarget.Latest, true);
  const stmt = sf.statements[0];
  let obj: ts.Expression | undefined = stmt && ts.isExpressionStatement(stmt) ? stmt.expression : undefined;
  while (obj && ts.isParenthesizedExpression(obj)) obj = obj.expression;
  if (sf.statements.length !== 1 || !obj || !ts.isObjectLiteralExpression(obj)) return undefined;
  const out: FrameAttr[] = [];
  for (const p of obj.properties) {
    const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
    if (key === undefined || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) return undefined;
    const init = ts.isPropertyAssignment(p) ? p.initializer : undefined;
    if (init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) && code.slice(init.getStart(sf) + 1, init.getEnd() - 1) === init.text) {
      // `allow: 'camera;fullscreen'`: a plain attribute, its value inside the quotes (the code's offset 1 is the object's).
      const vs = valueAt + init.getStart(sf) + 1 - 1;
      out.push({ name: key, start, end, valueStart: vs, valueEnd: vs + init.text.length, value: init.text, dynamic: false });
    } else {
      const literal = init?.kind === ts.SyntaxKind.TrueKeyword ? true : init?.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
      out.push({ name: `:${key}`, start, end, dynamic: literal === undefined, literalFalse: literal === false });
    }
  }
  return out;
}
