// Small text edits on object literals: replace a property's value, remove a property, add a property —
// keeping the literal's own layout (one line or one property per line) and quote style.
import { Node, type ObjectLiteralExpression } from '#ts-morph';
import type { Edit } from '../../engine/types.js';
import { propertyKey } from '../../analysis/object-literals.js';

export interface Offsets {
  /** Offset of the script block in the file. */
  base: number;
}

export function findPropertyCI(obj: ObjectLiteralExpression, name: string): Node | undefined {
  const lower = name.toLowerCase();
  for (const p of obj.getProperties()) {
    if (Node.isPropertyAssignment(p) && propertyKey(p.getNameNode())?.toLowerCase() === lower) return p;
    if (Node.isShorthandPropertyAssignment(p) && p.getName().toLowerCase() === lower) return p;
  }
  return undefined;
}

/** Replace a property assignment's value (a shorthand `x` becomes `x: value`). */
export function replacePropertyValue(p: Node, value: string, o: Offsets, message: string): Edit {
  if (Node.isPropertyAssignment(p)) {
    const init = p.getInitializerOrThrow();
    return { start: o.base + init.getStart(), end: o.base + init.getEnd(), text: value, message };
  }
  return { start: o.base + p.getStart(), end: o.base + p.getEnd(), text: `${p.getText()}: ${value}`, message };
}

/** Replace a whole property (key and value) by another property's text. */
export function replaceProperty(p: Node, text: string, o: Offsets, message: string): Edit {
  return { start: o.base + p.getStart(), end: o.base + p.getEnd(), text, message };
}

/** Remove a property and its separator. */
export function removeProperty(obj: ObjectLiteralExpression, p: Node, o: Offsets, message: string): Edit {
  const props = obj.getProperties();
  const i = props.indexOf(p as never);
  const sfText = obj.getSourceFile().getFullText();
  if (i < props.length - 1) return { start: o.base + p.getStart(), end: o.base + props[i + 1]!.getStart(), text: '', message };
  if (i > 0) return { start: o.base + props[i - 1]!.getEnd(), end: o.base + p.getEnd(), text: '', message };
  let end = p.getEnd();
  if (sfText[end] === ',') end++;
  return { start: o.base + p.getStart(), end: o.base + end, text: '', message };
}

/** Remove several properties of `obj`: each run of neighbours goes as one range (two removals of neighbours would
 * overlap). `kept` properties (replaced by another edit) are never in a run. */
export function removeProperties(obj: ObjectLiteralExpression, gone: readonly Node[], o: Offsets, message: string): Edit[] {
  const props = obj.getProperties();
  const out: Edit[] = [];
  for (let i = 0; i < props.length; i++) {
    if (!gone.includes(props[i]!)) continue;
    let j = i;
    while (j + 1 < props.length && gone.includes(props[j + 1]!)) j++;
    if (j < props.length - 1) out.push({ start: o.base + props[i]!.getStart(), end: o.base + props[j + 1]!.getStart(), text: '', message });
    else if (i > 0) out.push({ start: o.base + props[i - 1]!.getEnd(), end: o.base + props[j]!.getEnd(), text: '', message });
    else out.push(removeProperty(obj, props[j]!, o, message), ...(j > i ? [{ start: o.base + props[i]!.getStart(), end: o.base + props[j]!.getStart(), text: '', message }] : []));
    i = j;
  }
  return out;
}

/** Add a property at the end of an object literal, in its layout. */
export function addProperty(obj: ObjectLiteralExpression, text: string, o: Offsets, indentUnit: string, message: string): Edit {
  const props = obj.getProperties();
  const sfText = obj.getSourceFile().getFullText();
  const open = obj.getStart();
  const close = obj.getEnd() - 1;
  if (props.length === 0) return { start: o.base + open + 1, end: o.base + close, text: ` ${text} `, message };
  const last = props[props.length - 1]!;
  const multiline = sfText.slice(open, close).includes('\n');
  let after = last.getEnd();
  const hasTrailingComma = sfText[after] === ',';
  if (hasTrailingComma) after++;
  if (multiline) {
    const lineStart = sfText.lastIndexOf('\n', last.getStart()) + 1;
    const indent = /^[ \t]*/.exec(sfText.slice(lineStart))![0] || indentUnit;
    return { start: o.base + after, end: o.base + after, text: `${hasTrailingComma ? '' : ','}\n${indent}${text}${hasTrailingComma ? ',' : ''}`, message };
  }
  return { start: o.base + after, end: o.base + after, text: `${hasTrailingComma ? '' : ','} ${text}${hasTrailingComma ? ',' : ''}`, message };
}

/** `'x'` or `"x"` in the file's quote style. */
export function quote(s: string, q: string): string {
  return `${q}${s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`)}${q}`;
}
