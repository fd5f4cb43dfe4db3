// Byte-careful property edits inside an object literal: remove several properties (with their commas),
// replace one, append one — without overlapping ranges, and in the literal's own layout.
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import type { EditSet } from './edit-set.js';

export interface PropertyPlan {
  remove: Set<Node>;
  replace: Map<Node, string>;
  append: string[];
}

export function newPlan(): PropertyPlan {
  return { remove: new Set(), replace: new Map(), append: [] };
}

/** Is the literal laid out one property per line? */
export function isMultiline(obj: ObjectLiteralExpression): boolean {
  return obj.getText().includes('\n');
}

/** What a new key of `obj` is followed by, as its own keys are written: `': '`, or `' : '` when every key written
 * with a colon has one space before it (`successUrl : url`). Only the literal itself is read: files rarely mix, and a
 * literal that has no key of its own gives no habit to follow. */
export function keyColon(obj: ObjectLiteralExpression): string {
  const gaps = obj.getProperties().flatMap((p) => {
    if (!Node.isPropertyAssignment(p)) return [];
    const colon = p.getFirstChildByKind(SyntaxKind.ColonToken);
    return colon ? [p.getSourceFile().getFullText().slice(p.getNameNode().getEnd(), colon.getStart())] : [];
  });
  // Gaps of different widths are alignment (`userReference             : …`), not a habit of writing ` : `.
  return gaps.length && gaps.every((g) => g === ' ') ? ' : ' : ': ';
}

/** The quote a new key of `obj` is written in when its keys are quoted by habit (`{ "Accept": …, "User-Agent": … }`):
 * every key quoted and one of them needlessly so; a key quoted only because it has to be ('User-Agent') says nothing
 * about the habit. Undefined: write the key bare. */
export function habitualKeyQuote(obj: ObjectLiteralExpression): string | undefined {
  const names = obj.getProperties().map((p) => (Node.isPropertyAssignment(p) ? p.getNameNode() : undefined));
  const byHabit = names.length > 0 && names.every((n) => n && Node.isStringLiteral(n))
    && names.some((n) => /^[A-Za-z_$][\w$]*$/.test((n as import('ts-morph').StringLiteral).getLiteralText()));
  return byHabit ? names[0]!.getText()[0] : undefined;
}

/** Does the literal end its last property with a comma (`a: 1,\n}`)? A block written into it ends its own last
 * property the same way. */
export function hasTrailingComma(obj: ObjectLiteralExpression): boolean {
  const last = obj.getProperties().at(-1);
  return !!last && /^\s*,/.test(obj.getSourceFile().getFullText().slice(last.getEnd(), obj.getEnd() - 1));
}

/** Indentation of the line a node starts on. */
export function lineIndent(n: Node): string {
  const text = n.getSourceFile().getFullText();
  const lineStart = text.lastIndexOf('\n', n.getStart() - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Apply a plan to `obj`. */
export function applyPlan(obj: ObjectLiteralExpression, plan: PropertyPlan, edits: EditSet, message: string, moving: ReadonlySet<Node> = new Set()): void {
  const props = obj.getProperties();
  // Removed properties at the end are cut from the previous property's end; appended properties take their place
  // (one edit, so nothing overlaps).
  let trailingStart = props.length;
  while (trailingStart > 0 && plan.remove.has(props[trailingStart - 1]!)) trailingStart--;
  const appendText = (last: Node) =>
    isMultiline(obj) ? plan.append.map((a) => `,\n${lineIndent(last)}${a}`).join('') : plan.append.map((a) => `, ${a}`).join('');
  let appended = false;
  props.forEach((p, i) => {
    const replacement = plan.replace.get(p);
    if (replacement !== undefined) {
      edits.replaceNode(p, replacement, message);
      return;
    }
    if (!plan.remove.has(p)) return;
    const keptAfter = props.slice(i + 1).some((q) => !plan.remove.has(q));
    // The comment lines above the next property stay with it, unless it goes too or takes them along (`moving`):
    // `/* 15 minutes: … */` above `tokenLifetimeInMinutes` after a removed `locale` (hold-out round 64: dropped).
    if (keptAfter) edits.replaceRange(p, p.getStart(), keptCommentsStart(props[i + 1]!, plan, moving), '', message);
    else if (i > 0) {
      const text = i === trailingStart && plan.append.length ? appendText(props[i - 1]!) : '';
      if (text) appended = true;
      edits.replaceRange(p, props[i - 1]!.getEnd(), p.getEnd(), text, message);
    }
    else edits.replaceRange(p, p.getStart(), p.getEnd(), '', message);
  });
  if (!plan.append.length || appended) return;
  const remaining = props.filter((p) => !plan.remove.has(p));
  const last = remaining.at(-1);
  if (!last) {
    // Empty (or emptied) literal: write the new properties inside the braces.
    const open = obj.getStart() + 1;
    const inner = plan.append.join(', ');
    const trailingRemoved = props.length ? props.at(-1)!.getEnd() : open;
    edits.insertAt(obj, props.length ? trailingRemoved : open, props.length ? `${inner}` : ` ${inner} `, message);
    return;
  }
  if (isMultiline(obj)) {
    const indent = lineIndent(last);
    const afterLast = obj.getSourceFile().getFullText().slice(last.getEnd(), obj.getEnd() - 1);
    const hasTrailingComma = /^\s*,/.test(afterLast);
    const text = plan.append.map((a) => `\n${indent}${a}`).join(',');
    // A comment after the last property on its line stays with that property: `tokenLifetime: '3d',  // 3 days`.
    const commaAt = hasTrailingComma ? afterLast.indexOf(',') + 1 : 0;
    const comment = /^[ \t]*(\/\/[^\n]*|\/\*[^\n]*?\*\/[ \t]*)(?=\r?\n)/.exec(afterLast.slice(commaAt));
    const lineEnd = comment ? last.getEnd() + commaAt + comment[0].length : undefined;
    if (hasTrailingComma) {
      const commaPos = last.getEnd() + commaAt;
      edits.insertAt(obj, lineEnd ?? commaPos, `${text},`, message);
    } else if (lineEnd !== undefined) {
      edits.insertAt(obj, last.getEnd(), ',', message);
      edits.insertAt(obj, lineEnd, text, message);
    } else {
      edits.insertAt(obj, last.getEnd(), `,${text}`, message);
    }
  } else {
    edits.insertAt(obj, last.getEnd(), plan.append.map((a) => `, ${a}`).join(''), message);
  }
}

/** Where a removal before `next` must stop: at its first own-line comment when `next` stays in place. */
function keptCommentsStart(next: Node, plan: PropertyPlan, moving: ReadonlySet<Node>): number {
  if (plan.remove.has(next) || moving.has(next)) return next.getStart();
  const text = next.getSourceFile().getFullText();
  const own = next.getLeadingCommentRanges().find((c) => text.slice(text.lastIndexOf('\n', c.getPos() - 1) + 1, c.getPos()).trim() === '');
  return own?.getPos() ?? next.getStart();
}

/** Comments that belong to a property of a multi-line literal: whole comment lines right above it and a comment
 * after it (after its comma) on its own line. `spans` are the source ranges they occupy (lines above from their
 * line start; the one beside it from the whitespace after the comma), so a caller that moves the property can
 * take them along instead of dropping them with the property's removal range. */
export interface PropertyComments {
  above: string[];
  beside?: { gap: string; text: string };
  spans: [number, number][];
}

export function propertyComments(p: Node): PropertyComments {
  const text = p.getSourceFile().getFullText();
  const out: PropertyComments = { above: [], spans: [] };
  const lineStart = (pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
  const pLine = lineStart(p.getStart());
  if (text.slice(pLine, p.getStart()).trim() === '') {
    // Only comments that start their own line (a comment after the previous property's comma is that one's).
    const own = p.getLeadingCommentRanges().filter((c) => text.slice(lineStart(c.getPos()), c.getPos()).trim() === '');
    if (own.length) {
      out.above = own.map((c) => c.getText());
      out.spans.push([lineStart(own[0]!.getPos()), pLine]);
    }
  }
  const after = /^((?:[ \t]*,)?)([ \t]*)(\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/)[ \t]*(?=\r?\n)/.exec(text.slice(p.getEnd()));
  if (after) {
    out.beside = { gap: after[2] || ' ', text: after[3]! };
    const start = p.getEnd() + after[1]!.length;
    out.spans.push([start, p.getEnd() + after[0].length]);
  }
  return out;
}
