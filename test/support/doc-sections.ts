// Reads a top-level Markdown document of the repository and returns the `## Rule \`<id>\`` sections asked for,
// so each rule's documentation test checks only its own examples.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function readDoc(name: 'MIGRATION.md' | 'README.md'): string {
  return readFileSync(resolve(ROOT, name), 'utf8');
}

/** The text of the `## Rule \`id\`` sections (each up to the next level-2 heading), in document order. */
export function ruleSections(doc: string, ...ids: string[]): string {
  const parts: string[] = [];
  for (const id of ids) {
    const start = doc.indexOf(`\n## Rule \`${id}\`\n`);
    if (start < 0) throw new Error(`no "## Rule \`${id}\`" section`);
    const next = doc.indexOf('\n## ', start + 1);
    parts.push(doc.slice(start + 1, next < 0 ? doc.length : next + 1));
  }
  return parts.join('');
}
