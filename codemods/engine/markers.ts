// The manual marker (contract): `TODO(netverify-migrate): <rule-id>: <what to do>` on its own line above the site,
// with the site's indentation, never inside a string or template literal, in comment syntax that is valid where it
// lands (JSX children get `{/* */}`, markup gets `<!-- -->`), and never twice: a rerun finds the marker already there.
import { ts } from '#ts-morph';
import type { FileKind, ManualItem, ScriptBlock } from './types.js';
import type { PlainEdit } from './edits.js';
import { aboveBoundComments } from './bound-comments.js';
import { lineOutsideRanges, type TextRange } from './markup-ranges.js';
import { MARKER_TAG } from './marker-tag.js';

export { MARKER_TAG };

/** The text without our own markers: they name Jumio and legacy fields, so a proof that reads words must not count
 * them (a rerun would otherwise see the customer's file name Jumio because an earlier run flagged something). */
export const withoutMarkers = (text: string): string => text.replace(/TODO\(netverify-migrate\)[^\n]*/g, '');
type CommentStyle = NonNullable<ManualItem['commentStyle']>;

export interface MarkerPlan {
  edits: PlainEdit[];
}

const MARKER_RE = /TODO\(netverify-migrate\): ([a-z0-9][a-z0-9-]*): (.*?)\s*(?:\*\/\}?|-->)?\s*$/;

export function markerText(rule: string, message: string, style: CommentStyle): string {
  const body = `${MARKER_TAG}: ${rule}: ${sanitise(message, style)}`;
  switch (style) {
    case 'line': return `// ${body}`;
    case 'block': return `/* ${body} */`;
    case 'html': return `<!-- ${body} -->`;
    case 'jsx': return `{/* ${body} */}`;
  }
}

function sanitise(message: string, style: CommentStyle): string {
  let m = message.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  if (style !== 'line') m = m.replace(/\*\//g, '* /');
  if (style === 'html') m = m.replace(/--/g, '- -');
  return m;
}

/** Plan the marker insertions for one rule's manual items on `text`. */
export function planMarkers(
  text: string,
  rule: string,
  items: readonly ManualItem[],
  blocks: readonly ScriptBlock[],
  kind: FileKind,
  eol: string,
  /** For pages: every inline script's content range, including those that do not parse (not in `blocks`). */
  embedded: readonly { start: number; end: number }[] = [],
  /** For pages: multi-line start tags and expressions, where a marker line must not start (markup-ranges.ts). */
  markup: readonly TextRange[] = [],
): MarkerPlan {
  const byLine = new Map<number, { style: CommentStyle; messages: string[] }>();
  for (const item of items) {
    if (item.marker === false) continue;
    const place = placeMarker(text, Math.min(Math.max(item.pos, 0), text.length), blocks, kind, embedded, markup);
    const style = item.commentStyle ?? place.style;
    const entry = byLine.get(place.lineStart) ?? { style, messages: [] };
    if (!entry.messages.includes(item.message)) entry.messages.push(item.message);
    byLine.set(place.lineStart, entry);
  }
  const edits: PlainEdit[] = [];
  for (const [lineStart, { style, messages }] of byLine) {
    const existing = existingMarkers(text, lineStart).filter((m) => m.rule === rule);
    const pending: string[] = [];
    for (const msg of messages) {
      const i = existing.findIndex((m) => m.message === sanitise(msg, style));
      if (i >= 0) existing.splice(i, 1);
      else pending.push(msg);
    }
    // A marker of the same rule whose wording changed since the last run still counts as present.
    const toAdd = pending.slice(existing.length);
    if (toAdd.length === 0) continue;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
    edits.push({ start: lineStart, end: lineStart, text: toAdd.map((m) => indent + markerText(rule, m, style) + eol).join('') });
  }
  return { edits };
}

/** The markers stacked directly above the line that starts at `lineStart`. */
export function existingMarkers(text: string, lineStart: number): { rule: string; message: string }[] {
  const out: { rule: string; message: string }[] = [];
  let end = lineStart - 1;
  while (end >= 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    const m = MARKER_RE.exec(line);
    if (!m || !/^\s*(\/\/|\/\*|<!--|\{\/\*)/.test(line)) break;
    out.push({ rule: m[1], message: m[2] });
    end = start - 1;
  }
  return out;
}

interface Placement {
  lineStart: number;
  style: CommentStyle;
}

function lineStartOf(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function placeMarker(
  text: string, pos: number, blocks: readonly ScriptBlock[], kind: FileKind, embedded: readonly { start: number; end: number }[],
  markup: readonly TextRange[],
): Placement {
  let lineStart = lineStartOf(text, pos);
  const block = blocks.find((b) => pos >= b.offset && pos <= b.offset + b.sourceFile.getEnd());
  if (!block) {
    // Inside an inline script that does not parse (server-side template tags): no comment syntax is safe in there,
    // so the marker goes above the <script> tag, in markup.
    const unparsed = embedded.find((e) => pos >= e.start && pos <= e.end);
    if (unparsed) {
      const tag = text.lastIndexOf('<script', unparsed.start);
      return { lineStart: lineStartOf(text, tag >= 0 ? tag : unparsed.start), style: 'html' };
    }
  }
  if (!block || lineStart < block.offset) {
    return kind === 'script' ? { lineStart, style: 'line' } : { lineStart: lineOutsideRanges(text, lineStart, markup), style: 'html' };
  }
  const root = block.sourceFile.compilerNode;
  // Move up while the line starts inside a string/template literal, so the marker never changes a value.
  for (let guard = 0; guard < 50; guard++) {
    const literal = outermostLiteralAround(root, lineStart - block.offset);
    if (!literal) break;
    const moved = lineStartOf(text, literal.getStart(root) + block.offset);
    if (moved >= lineStart) break;
    lineStart = moved;
  }
  // Above a `/** @type */` or `// @ts-expect-error` that applies to this line, not between the two.
  lineStart = Math.max(block.offset, aboveBoundComments(text, lineStart));
  return { lineStart, style: jsxContextStyle(root, lineStart - block.offset) };
}

const LITERAL_KINDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateExpression,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

function outermostLiteralAround(root: ts.SourceFile, pos: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (node.getStart(root) < pos && pos < node.end) {
      if (LITERAL_KINDS.has(node.kind)) {
        found = node;
        return;
      }
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(root, visit);
  return found;
}

// `//` inside JSX children would render as text: use a JSX comment there, and a block comment between attributes.
function jsxContextStyle(root: ts.SourceFile, pos: number): CommentStyle {
  let style: CommentStyle = 'line';
  const visit = (node: ts.Node): void => {
    if (!(node.getStart(root) < pos && pos < node.end)) return;
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      const open = ts.isJsxElement(node) ? node.openingElement : node.openingFragment;
      const close = ts.isJsxElement(node) ? node.closingElement : node.closingFragment;
      if (pos >= open.end && pos <= close.getStart(root)) style = 'jsx';
    } else if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      style = 'block';
    } else if (ts.isJsxExpression(node)) {
      style = 'block';
    } else if (style !== 'line' && !ts.isJsxText(node)) {
      // back in ordinary code (e.g. an arrow function inside a JSX expression)
      style = ts.isBlock(node) || ts.isSourceFile(node) ? 'line' : style;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(root, visit);
  return style;
}
