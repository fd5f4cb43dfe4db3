// An Astro page's frontmatter is migrated in place, and its template reads the frontmatter's top-level names
// (`<p>{details.userReference}</p>`): code the details flow does not see. A top-level name holding the details that
// the template's `{…}` expressions spell leaves there (details-flow.ts); when every use there is a read of a field
// (`details.x`, `details?.x`) or a test (`details && …`, `details ? … : …`, `!details`), the exact moves are rewritten
// in the template (file offsets) and the other fields flagged at the declaration; any other use keeps the item.
import { Node, type SourceFile } from '#ts-morph';
import { findRetrievalField } from '../../../api/index.js';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import type { EditSet } from '../../analysis/edit-set.js';
import { astroFrontmatter } from '../../engine/astro-view.js';
import type { DetailsFlow } from './details-flow.js';
import { flagMessage } from './details-reads.js';

interface Template {
  text: string;
  ranges: readonly [number, number][];
  offset: number;
  words: Set<string>;
}
const templates = new WeakMap<SourceFile, Template>();

/** Remember the template expressions of the Astro page whose frontmatter `block` is. */
export function rememberAstroTemplate(file: RuleFile, block: ScriptBlock): void {
  if (file.kind !== 'astro' || !file.html || block.offset !== astroFrontmatter(file.text)?.start) return;
  const words = new Set<string>();
  for (const [start, end] of file.html.expressions) for (const w of file.text.slice(start, end).match(/[\w$]+/g) ?? []) words.add(w);
  templates.set(block.sourceFile, { text: file.text, ranges: file.html.expressions, offset: block.offset, words });
}

/** Does the template of the Astro page whose frontmatter `sf` parses spell `name` in its code? */
export function templateSpells(sf: SourceFile, name: string): boolean {
  return templates.get(sf)?.words.has(name) ?? false;
}

/** The field reads of `name` in the template (file offsets of the field), or undefined when it is used otherwise. */
function fieldReads(t: Template, name: string): { start: number; end: number; field: string }[] | undefined {
  const out = new Map<number, { start: number; end: number; field: string }>();
  const word = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  for (const [s, e] of t.ranges) {
    for (const m of t.text.slice(s, e).matchAll(word)) {
      const at = s + m.index + name.length;
      const after = t.text.slice(at, e);
      const member = /^\s*\??\.\s*([\w$]+)/.exec(after);
      if (member) {
        const start = at + member[0].length - member[1]!.length;
        out.set(start, { start, end: start + member[1]!.length, field: member[1]! });
      } else if (!/^\s*(&&|\?(?![.?]))/.test(after) && !/!\s*$/.test(t.text.slice(s, s + m.index))) return undefined;
    }
  }
  return [...out.values()];
}

/** Resolve the details a top-level name hands to the template (a leave of the flow) into template edits and items. */
export function templateDetailsReads(flow: DetailsFlow, edits: EditSet): void {
  for (const decl of [...flow.leaves]) {
    const t = templates.get(decl.getSourceFile());
    if (!t || !Node.isVariableDeclaration(decl) || !Node.isIdentifier(decl.getNameNode())) continue;
    const reads = fieldReads(t, decl.getName());
    if (!reads) continue;
    flow.leaves.splice(flow.leaves.indexOf(decl), 1);
    for (const r of reads) {
      const f = findRetrievalField(r.field);
      if (!f) continue; // not a legacy field: its name stays
      if (f.certainty !== 'exact') edits.addManual(decl, `the page's template reads ${decl.getName()}.${r.field}: ${flagMessage(r.field)}`);
      else edits.replaceRange(decl, r.start - t.offset, r.end - t.offset, f.kyx!.join('.'), `retrieval details in the template: ${r.field} → ${f.kyx!.join('.')}`);
    }
  }
}
