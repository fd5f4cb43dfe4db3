// One `<iframe>` start tag, whatever it was written in (HTML, a Vue template or JSX), reduced to what the
// allow edit needs: its attributes with exact positions in RuleFile.text. Planning the edit is shared.
import type { Edit, ManualItem } from '../../engine/types.js';
import { mergeAllowValue, REQUIRED_ALLOW } from './allow-value.js';

/** 'object': the attributes object of a hyperscript call (`m('iframe', { … })`, hyperscript-frames.ts). */
export type FrameFlavour = 'html' | 'vue' | 'jsx' | 'object';

export interface FrameAttr {
  /** Name as written (`allow`, `:allow`, `allowFullScreen`). */
  name: string;
  start: number;
  end: number;
  /** Range of an editable literal value (inside the quotes); undefined for a bound or computed value. */
  valueStart?: number;
  valueEnd?: number;
  value?: string;
  /** The value is an expression (JSX `{…}` other than a literal, Vue `:attr`), or a spread. */
  dynamic: boolean;
  spread?: boolean;
  /** JSX `allowFullScreen={false}` and the like. */
  literalFalse?: boolean;
}

export interface FrameTag {
  flavour: FrameFlavour;
  /** Comment style for a marker above the tag (JSX: only inside JSX children). */
  markerStyle?: 'jsx' | 'line' | 'html';
  /** Offset of `<`. */
  start: number;
  /** Offset just past the tag name. */
  nameEnd: number;
  attrs: FrameAttr[];
  /** 'static' = a literal src; 'dynamic' = bound, computed or templated; 'absent' = none. */
  srcKind: 'static' | 'dynamic' | 'absent';
  srcText?: string;
  /** Node for further analysis (JSX only): the src expression. */
  srcExpression?: unknown;
  /** Attributes the component fixes for every use (styled-components `.attrs({ … })`): they win over the tag's. */
  preset?: FrameAttr[];
  /** flavour 'object': how a new property is written (the library's flag name, the file's quote), and whether the
   * object has no property to add one after. */
  object?: { fullscreenKey: string; quote: string; empty: boolean };
}

function norm(name: string): string {
  return name.replace(/^(v-bind)?:/, '').replace(/^\[(attr\.)?(.*)\]$/, '$2').toLowerCase();
}

/** The tag moved by `by` characters (a tag read from markup embedded at that offset: a string, a template script). */
export function shiftTag(tag: FrameTag, by: number): FrameTag {
  return {
    ...tag,
    start: tag.start + by,
    nameEnd: tag.nameEnd + by,
    attrs: tag.attrs.map((a) => ({
      ...a, start: a.start + by, end: a.end + by,
      valueStart: a.valueStart === undefined ? undefined : a.valueStart + by,
      valueEnd: a.valueEnd === undefined ? undefined : a.valueEnd + by,
    })),
  };
}

export function findAttr(tag: FrameTag, name: string): FrameAttr | undefined {
  const own = (a: FrameAttr): boolean => !a.spread && norm(a.name) === name;
  return tag.preset?.find(own) ?? tag.attrs.find(own);
}

function quoteOf(tag: FrameTag, text: string): string {
  for (const a of tag.attrs) {
    // Not a property of Vue's `v-bind="{ … }"` (vue-bind-object.ts): its quotes are the object's, not the tag's.
    if (a.valueStart !== undefined && a.valueStart > a.start && !text.startsWith('v-bind', a.start)) {
      const q = text[a.valueStart - 1];
      if (q === '"' || q === "'") return q;
    }
  }
  return tag.object?.quote ?? '"';
}

/** Whitespace to put before a new attribute inserted after `after` (keeps one-attribute-per-line layouts). */
function separatorBefore(tag: FrameTag, text: string, anchorEnd: number): string {
  const idx = tag.attrs.findIndex((a) => a.end === anchorEnd);
  const prevEnd = idx > 0 ? tag.attrs[idx - 1].end : tag.nameEnd;
  const anchorStart = idx >= 0 ? tag.attrs[idx].start : anchorEnd;
  const gap = text.slice(prevEnd, anchorStart);
  return /\n/.test(gap) ? gap.slice(gap.lastIndexOf('\n')) : ' ';
}

export interface FramePlan {
  edits: Edit[];
  manual: ManualItem[];
}

/** A Solid component's file: JSX attributes are the HTML names (`allowfullscreen`). */
const SOLID_JSX = /\bfrom\s*['"]solid-js(?:\/[\w-]+)?['"]|@jsxImportSource\s+solid-js\b/;

export const ALLOW_MESSAGE = `the KYX web client needs allow="${REQUIRED_ALLOW.join(';')}" and allowfullscreen`;

/** Edits that give the frame the full KYX allow list and allowfullscreen, or manual items where that is unsafe. */
export function planFrameEdits(tag: FrameTag, text: string, why: string): FramePlan {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  const comment = tag.markerStyle ?? (tag.flavour === 'jsx' ? 'jsx' : 'html');
  const allow = findAttr(tag, 'allow');
  const fullscreen = findAttr(tag, 'allowfullscreen');
  const spread = tag.attrs.some((a) => a.spread) || !!tag.preset?.some((a) => a.spread);
  const q = quoteOf(tag, text);

  let allowOk = true;
  if (allow && (allow.dynamic || allow.value === undefined)) {
    manual.push({ pos: tag.start, commentStyle: comment, message: `the iframe's allow value is computed: ${ALLOW_MESSAGE} (${why})` });
    allowOk = false;
  } else if (allow) {
    const merged = mergeAllowValue(allow.value!);
    if (merged.commaSeparated) {
      manual.push({ pos: tag.start, commentStyle: comment, message: `the iframe's allow value is comma-separated (browsers read ';'): ${ALLOW_MESSAGE}` });
      allowOk = false;
    } else {
      if (merged.added.length) {
        edits.push({ start: allow.valueStart!, end: allow.valueEnd!, text: merged.value, message: `iframe allow: added ${merged.added.join(';')} for the KYX web client (${why})` });
      }
      if (merged.disabled.length) {
        manual.push({ pos: tag.start, commentStyle: comment, message: `the iframe disables ${merged.disabled.join(', ')} with 'none': ${ALLOW_MESSAGE}` });
      }
    }
  } else if (spread) {
    manual.push({ pos: tag.start, commentStyle: comment, message: `the iframe spreads props that may set allow: ${ALLOW_MESSAGE} (${why})` });
    allowOk = false;
  }

  const inserts: string[] = [];
  const obj = tag.object;
  // New attributes go on the tag, after its own allow (not after one of the component's `.attrs`).
  let anchor: FrameAttr | undefined = allow && tag.attrs.includes(allow) ? allow : undefined;
  if (!allow && allowOk) {
    inserts.push(obj ? `allow: ${q}${REQUIRED_ALLOW.join(';')}${q}` : `allow=${q}${REQUIRED_ALLOW.join(';')}${q}`);
    anchor = findAttr(tag, 'src') ?? tag.attrs[tag.attrs.length - 1];
  }
  if (fullscreen?.literalFalse || fullscreen?.dynamic) {
    manual.push({ pos: tag.start, commentStyle: comment, message: `allowfullscreen is computed or switched off: ${ALLOW_MESSAGE}` });
  } else if (!fullscreen && !(spread && !allow)) {
    // JSX: React's name, but Solid's types spell the HTML attribute (hold-out round 17).
    inserts.push(obj ? `${obj.fullscreenKey}: true` : tag.flavour === 'jsx' && !SOLID_JSX.test(text) ? 'allowFullScreen' : 'allowfullscreen');
    anchor ??= findAttr(tag, 'src') ?? tag.attrs[tag.attrs.length - 1];
  }
  if (inserts.length && obj && (obj.empty || !anchor)) {
    // No property to follow (`m('iframe')`, `h('iframe', {})`): the layout of a new one is not guessed.
    manual.push({ pos: tag.start, commentStyle: comment, message: `${ALLOW_MESSAGE} (${why})` });
  } else if (inserts.length) {
    const at = anchor ? anchor.end : tag.nameEnd;
    const sep = separatorBefore(tag, text, at);
    edits.push({
      start: at,
      end: at,
      // A property goes right after the anchor's end, before any comma of its own: valid with or without one.
      text: inserts.map((s) => (obj ? ',' : '') + sep + s).join(''),
      message: `iframe: added ${inserts.map((s) => s.replace(/[=:].*/, '')).join(' and ')} for the KYX web client (${why})`,
    });
  }
  return { edits, manual };
}
