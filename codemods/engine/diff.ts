// git-style unified diffs (`diff --git a/… b/…`, 3 lines of context) that `git apply` accepts; a created file
// is `--- /dev/null`. The first hunk of each file names the rules that ran on it (text after the second `@@`
// is a comment to git). The concatenation of all file patches is what --output-patch writes.
import { structuredPatch } from 'diff';
import type { FileOutcome } from './outcome.js';

export function filePatch(path: string, oldText: string, newText: string, opts: { created?: boolean; rules?: string[] } = {}): string {
  if (oldText === newText && !opts.created) return '';
  const p = structuredPatch(`a/${path}`, `b/${path}`, oldText, newText, '', '', { context: 3 });
  let out = `diff --git a/${path} b/${path}\n`;
  if (opts.created) out += 'new file mode 100644\n--- /dev/null\n';
  else out += `--- a/${path}\n`;
  out += `+++ b/${path}\n`;
  p.hunks.forEach((h, i) => {
    // Unified-diff convention: an empty side names the line *before* the change (0 for the start of the file).
    const oldStart = h.oldLines === 0 ? h.oldStart - 1 : h.oldStart;
    const newStart = h.newLines === 0 ? h.newStart - 1 : h.newStart;
    const note = i === 0 && opts.rules?.length ? ` ${opts.rules.join(', ')}` : '';
    out += `@@ -${oldStart},${h.oldLines} +${newStart},${h.newLines} @@${note}\n`;
    for (const line of h.lines) out += `${line}\n`;
  });
  return out;
}

export function outcomePatch(o: FileOutcome): string {
  if (o.status !== 'changed' || o.output === undefined) return '';
  const rules = [...new Set([...o.edits, ...o.manual].map((i) => i.rule))];
  return filePatch(o.path, o.original ?? '', o.output, { created: o.created, rules });
}

export function buildPatch(outcomes: readonly FileOutcome[]): string {
  return outcomes.map(outcomePatch).join('');
}

/** ANSI colours for a terminal. */
export function colourPatch(patch: string): string {
  return patch
    .split('\n')
    .map((l) => {
      if (l.startsWith('diff --git') || l.startsWith('---') || l.startsWith('+++') || l.startsWith('new file')) return `\x1b[1m${l}\x1b[0m`;
      if (l.startsWith('@@')) return `\x1b[36m${l}\x1b[0m`;
      if (l.startsWith('+')) return `\x1b[32m${l}\x1b[0m`;
      if (l.startsWith('-')) return `\x1b[31m${l}\x1b[0m`;
      return l;
    })
    .join('\n');
}
