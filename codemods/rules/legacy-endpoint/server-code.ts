// Server code inside a page: PHP (`<?php … ?>`, or to the end of the file when the tag is never closed — every
// Laravel or Symfony class file), and the `<% … %>` scriptlets of JSP, ERB, EJS and Eta. The HTML parse sees it
// blanked and no rule parses it, so a legacy call made there (`curl_init('https://lon.netverify.com/api/v4/initiate')`,
// Laravel's `Http::withBasicAuth(…)->post(…)`) passed silently: not in `codemod`'s report, not in `scan`, and
// `--check` went green. Its legacy URLs (and the two legacy paths only Jumio spells) are reported here, one item per
// line. No marker is written: a comment line inserted there could land inside a heredoc or a multi-line string, and
// ERB's Ruby has no `//` (as for page templates the codemod does not parse, unparsed-templates.ts).
import { extensionOf } from '../../engine/file-kinds.js';
import { inCodeNotRewritten } from '../../engine/other-languages.js';
import type { ManualItem, PriorWork, RuleFile } from '../../engine/types.js';
import { findLegacyPathInLine, findLegacyUrls } from './find-legacy-urls.js';
import { messageFor, pathOnlyMessage } from './messages.js';

/** Page extension → the server language of its code tags. */
const SERVER_LANGUAGE: Readonly<Record<string, string>> = { php: 'PHP', phtml: 'PHP', asp: 'classic ASP', jsp: 'JSP', jspf: 'JSP', jspx: 'JSP', erb: 'ERB', ejs: 'EJS', eta: 'Eta' };
const PHP_CODE = /<\?(?:php\b|=)[\s\S]*?(?:\?>|$(?![\s\S]))/g;
const SCRIPTLET = /<%[\s\S]*?%>/g;
/** A line that is only a comment: `//`, `#`, `/* … *\/`, ` * …` (PHP, Java, Ruby, JS), or ERB's `<%#`. */
const COMMENT_LINE = /^\s*(\/\/|#|\/\*|\*|<%#|<%--)/;

/** The server code ranges of a page, in file offsets. */
export function serverCodeRanges(path: string, text: string): [number, number][] {
  const language = SERVER_LANGUAGE[extensionOf(path)];
  if (!language) return [];
  const re = language === 'PHP' ? PHP_CODE : SCRIPTLET;
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

export function scanServerCode(file: RuleFile, prior: readonly PriorWork[], out: ManualItem[]): void {
  if (file.kind !== 'html') return;
  const language = SERVER_LANGUAGE[extensionOf(file.path)];
  const ranges = language ? serverCodeRanges(file.path, file.text) : [];
  if (ranges.length === 0) return;
  // Sites the other scans of this rule cover: parsed inline scripts (an EJS tag inside a JS string) and start tags.
  const covered: [number, number][] = [
    ...file.scripts.map((s): [number, number] => [s.offset, s.offset + s.sourceFile.getFullText().length]),
    ...(file.html?.elements ?? []).flatMap((el) => {
      const t = el.sourceCodeLocation?.startTag;
      return t ? [[t.startOffset, t.endOffset] as [number, number]] : [];
    }),
  ];
  const where = inCodeNotRewritten(language!);
  const isComment = (line: string): boolean => COMMENT_LINE.test(line.replace(/^\s*<\?(php\b|=)/, ''));
  for (const [start, end] of ranges) {
    for (const { pos, lineStart, lineEnd, message } of legacyCodeLines(file.text, start, end, isComment)) {
      const taken = (s: number, e: number): boolean => s <= pos && pos < e;
      if (covered.some(([s, e]) => taken(s, e)) || prior.some((w) => w.start <= lineEnd && w.end >= lineStart)) continue;
      out.push({ pos, message: `${where}: ${message}`, marker: false });
    }
  }
}

/** Each line of [start, end) of `text` that holds a legacy Jumio URL (or one of the paths only Jumio spells) and is
 * not a comment line: where the hit is, the line's bounds, and the message (also for ERB-rendered scripts' tags,
 * engine/erb-script.ts). */
export function legacyCodeLines(text: string, start: number, end: number, isComment: (line: string) => boolean):
  { pos: number; lineStart: number; lineEnd: number; message: string }[] {
  const out: { pos: number; lineStart: number; lineEnd: number; message: string }[] = [];
  let lineStart = start;
  for (const line of text.slice(start, end).split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    if (isComment(line)) continue;
    const hit = findLegacyUrls(line)[0];
    const path = hit ? undefined : findLegacyPathInLine(line);
    if (!hit && !path) continue;
    const pos = at + (hit ? hit.index : Math.max(0, line.search(/\S/)));
    out.push({ pos, lineStart: at, lineEnd: at + line.length, message: hit ? messageFor(hit) : pathOnlyMessage(path!.route, path!.display) });
  }
  return out;
}
