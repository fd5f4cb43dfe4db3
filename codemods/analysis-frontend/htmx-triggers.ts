// htmx listening to the window's messages (hold-out round 16): `hx-trigger="message[event.origin.endsWith('…')]
// from:window"` sends the element's request on every window message that passes the filter, with the values of
// `hx-vals='js:{ reference: JSON.parse(event.data).transactionReference }'` computed from that event. Together they are
// a window message handler: the filter its origin check, the values what it reads. Read as one script whose positions
// are the page's (as attribute-scripts.ts reads Alpine's): `window.addEventListener('message', (event) => { if
// (!(FILTER)) return; (VALUES); })`, the synthesized text placed before the first value and between the two (each
// gap must hold it), so only the two values are code of the page.
import type { RuleFile } from '../engine/types.js';

type Element = NonNullable<RuleFile['html']>['elements'][number];

export interface HtmxHandler {
  text: string;
  /** File offset of the text's first character. */
  offset: number;
  /** File ranges of the page's code in the text: the filter, the values (in page order). */
  values: [number, number][];
}

/** An attribute's value as written: its file range, when the text there is the value (no character reference).
 * `attr` by name, or one of the element's attributes (a prefixed one, `x-on:message.window`, too). */
export function valueRange(file: RuleFile, el: Element, attr: string | Element['attrs'][number]): [number, number] | undefined {
  const a = typeof attr === 'string' ? el.attrs.find((x) => x.name === attr) : attr;
  const at = a && (el.sourceCodeLocation?.attrs?.[a.prefix ? `${a.prefix}:${a.name}` : a.name] ?? el.sourceCodeLocation?.attrs?.[a.name]);
  if (!a || !at) return undefined;
  const eq = /^[^=]*=\s*(["']?)/.exec(file.text.slice(at.startOffset, at.endOffset));
  if (!eq) return undefined;
  const range: [number, number] = [at.startOffset + eq[0].length, at.endOffset - (eq[1] ? 1 : 0)];
  return file.text.slice(...range) === a.value ? range : undefined;
}

/** The file range of the filter of `message[…] from:window` in the trigger (null: the trigger has no filter). */
function messageFilter(file: RuleFile, range: [number, number]): [number, number] | null | undefined {
  const value = file.text.slice(...range);
  for (const m of value.matchAll(/(?:^|,)\s*message(?=[\s[,]|$)/g)) {
    let at = m.index! + m[0].length;
    let filter: [number, number] | null = null;
    if (value[at] === '[') {
      let depth = 0;
      let end = at;
      for (; end < value.length; end++) {
        if (value[end] === '[') depth++;
        else if (value[end] === ']' && --depth === 0) break;
      }
      if (end >= value.length) return undefined;
      filter = [range[0] + at + 1, range[0] + end];
      at = end + 1;
    }
    const modifiers = value.slice(at).split(',')[0]!;
    if (/(^|\s)from:window(\s|$)/.test(modifiers)) return filter;
  }
  return undefined;
}

export function htmxMessageHandler(file: RuleFile, el: Element): HtmxHandler | undefined {
  const trigger = valueRange(file, el, 'hx-trigger');
  const filter = trigger && messageFilter(file, trigger);
  if (!trigger || filter === undefined) return undefined;
  const valsRange = valueRange(file, el, 'hx-vals');
  const js = valsRange && /^\s*(?:js|javascript):\s*/.exec(file.text.slice(...valsRange));
  const vals: [number, number] | undefined = js ? [valsRange![0] + js[0].length, valsRange![1]] : undefined;
  const code = (r: [number, number]): string => file.text.slice(...r);
  const head = "window.addEventListener('message', (event) => { ";
  const pad = (s: string, width: number): string | undefined => (s.length <= width ? s.padEnd(width, ' ') : undefined);
  let text: string | undefined;
  let values: [number, number][];
  if (filter && vals && filter[0] < vals[0]) {
    const between = pad(')) return; (', vals[0] - filter[1]);
    text = between && `${head}if (!(${code(filter)}${between}${code(vals)}); });`;
    values = [filter, vals];
  } else if (filter && vals) {
    const between = pad('); if (!(', filter[0] - vals[1]);
    text = between && `${head}const values = () => (${code(vals)}${between}${code(filter)})) return; values(); });`;
    values = [vals, filter];
  } else if (filter) {
    text = `${head}if (!(${code(filter)})) return; });`;
    values = [filter];
  } else if (vals) {
    text = `${head}(${code(vals)}); });`;
    values = [vals];
  } else return undefined;
  if (!text) return undefined;
  const lead = text.indexOf(code(values[0]!));
  const offset = values[0]![0] - lead;
  return offset >= 0 ? { text, offset, values } : undefined;
}
