// An Astro page's frontmatter is migrated in place, and its template reads the frontmatter's top-level names
// (`<p>{details.userReference}</p>`): code the details flow does not see. A top-level name holding the details that
// the template's `{…}` expressions spell leaves there whole (the read in the template keeps the legacy shape).
import type { SourceFile } from '#ts-morph';
import type { RuleFile, ScriptBlock } from '../../engine/types.js';
import { astroFrontmatter } from '../../engine/astro-view.js';

const templates = new WeakMap<SourceFile, Set<string>>();

/** Remember the words of the template expressions of the Astro page whose frontmatter `block` is. */
export function rememberAstroTemplate(file: RuleFile, block: ScriptBlock): void {
  if (file.kind !== 'astro' || !file.html || block.offset !== astroFrontmatter(file.text)?.start) return;
  const words = new Set<string>();
  for (const [start, end] of file.html.expressions) for (const w of file.text.slice(start, end).match(/[\w$]+/g) ?? []) words.add(w);
  templates.set(block.sourceFile, words);
}

/** Does the template of the Astro page whose frontmatter `sf` parses spell `name` in its code? */
export function templateSpells(sf: SourceFile, name: string): boolean {
  return templates.get(sf)?.has(name) ?? false;
}
