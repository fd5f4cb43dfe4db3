// git-style unified diffs (`diff --git a/… b/…`, 3 lines of context) that `git apply` accepts; a created file
// is `--- /dev/null`. The first hunk of each file names the rules that ran on it (text after the second `@@`
// is a comment to git). The concatenation of all file patches is what --output-patch writes.
import { isAbsolute, relative, sep } from 'node:path';
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

/** `base` is the directory the patch's paths are relative to (default: the report's paths, relative to the current
 * directory). */
export function outcomePatch(o: FileOutcome, base?: string): string {
  if (o.status !== 'changed' || o.output === undefined) return '';
  const rules = [...new Set([...o.edits, ...o.manual].map((i) => i.rule))];
  const path = base === undefined ? o.path : relative(base, o.absPath).split(sep).join('/');
  return filePatch(path, o.original ?? '', o.output, { created: o.created, rules });
}

export function buildPatch(outcomes: readonly FileOutcome[], base?: string): string {
  return outcomes.map((o) => outcomePatch(o, base)).join('');
}

const outside = (abs: string, dir: string): boolean => {
  const rel = relative(dir, abs);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
};

/** Where the patch applies from. `git apply` refuses a path with `..` in it, so when a changed file lies outside the
 * current directory (`codemod ../other-repo`) the patch is written relative to the run's root instead, and applied
 * there (`git -C <root> apply`). Otherwise the current directory, as the report's paths. */
export function patchBase(outcomes: readonly FileOutcome[], cwd: string, root: string): string | undefined {
  return outcomes.some((o) => o.status === 'changed' && o.output !== undefined && outside(o.absPath, cwd)) ? root : undefined;
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
