// Page templates the codemod does not parse (Astro, Marko, Ember .gjs, Razor, …; see file-kinds.ts) are invisible to
// the rules. A legacy Jumio URL in one is still legacy code, and so are a legacy message handler's origin check and
// reads, and a landing page's redirect-parameter reads (template-scan.ts): `codemod` lists such a file as skipped,
// with one manual item per line, so the summary names it and `--check` fails while it is there. No marker is
// written into it (no comment syntax is safe in an unknown template language) and the file is never changed.
// Source files in other languages (Go, Python, Java …: other-languages.ts) are listed the same way.
import type { DiscoveredFile } from './discover.js';
import { otherLanguageOf } from './other-languages.js';
import { emptyOutcome, type FileOutcome } from './outcome.js';
import { readSourceFile } from './read-file.js';
import { scanConfigText } from './text-scan.js';

/** Outcomes for the templates and other-language files a run found (RunResult.templates, .otherSources) that hold a
 * legacy Jumio URL. */
export function unparsedTemplateOutcomes(templates: readonly DiscoveredFile[]): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  for (const f of templates) {
    const read = readSourceFile(f.absPath);
    if (!read.ok) continue; // binary, not UTF-8, oversized: nothing a human could migrate by reading lines
    const items = scanConfigText(f.path, read.text);
    if (items.length === 0) continue;
    const o = emptyOutcome(f.path, f.absPath, 'skipped');
    const urls = items.filter((i) => i.rule === 'legacy-endpoint').length;
    const code = items.length - urls;
    const what = [urls ? `${urls} legacy Jumio URL(s)` : '', code ? `${code} legacy Jumio check(s) or read(s)` : ''].filter(Boolean).join(' and ');
    const language = otherLanguageOf(f.path);
    const file = language ? `${language} code, which the codemod does not rewrite` : 'page template the codemod does not parse';
    o.reason = `${file}: ${what} to migrate by hand (\`netverify-migrate scan\` lists them too)`;
    o.manual = items.map((i) => ({ rule: i.rule, line: i.line, message: i.message }));
    outcomes.push(o);
  }
  return outcomes;
}
