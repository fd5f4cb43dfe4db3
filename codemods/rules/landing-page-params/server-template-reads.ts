// A Rails ERB view or a Jinja/Twig/Nunjucks template that reads the redirect in its server code — `<% status =
// params[:transactionStatus] %>`, `{% set status = request.args.get('transactionStatus') %}`,
// `{{ app.request.query.get('transactionReference') }}` — holds no JavaScript to rename: like a PHP page's code
// (php-server.ts) its tags are read as text by the unparsed templates' scan (template-scan.ts: both names read,
// Jumio's values or name, no payment vocabulary) and each read gets an item. The marker goes above the line where the
// tag opens: an HTML comment in markup, a `//` line inside a <script> (round-9 hold-out: such pages passed silently).
// Laravel Blade views (`@if (request('transactionStatus') === 'SUCCESS')`, `{{ request('transactionReference') }}`) and
// Django templates in .html pages (`{% if request.GET.transactionStatus == "SUCCESS" %}`) are read the same way (round 11).
import type { ManualItem, RuleFile } from '../../engine/types.js';
import { scanTemplateCode } from '../../engine/template-scan.js';
import { withoutMarkers } from '../../engine/markers.js';
import { mentionsJumio } from '../../analysis/jumio-names.js';
import { PAYMENT_WORDS } from '../../analysis/payment-words.js';

const ERB = /\.erb$/i;
const BRACE_TEMPLATES = /\.(twig|njk|jinja2?|j2)$/i;
const JSP = /\.jsp[fx]?$/i;
const THYMELEAF = /\sth:[\w-]+\s*=|xmlns:th\s*=/;
/** Blade's echoes (not its `{{-- --}}` comments), raw echoes, `@php … @endphp` and the conditions of its directives. */
const BLADE_TAGS = /\{\{(?!--)[\s\S]*?\}\}|\{!![\s\S]*?!!\}|@php\b[\s\S]*?@endphp|@(?:if|elseif|unless|isset|switch|case)\s*\((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\))*\))*\)/g;

/** The server tags of the file (ERB's `<% %>` but not its `<%# %>` comments; Blade's; `{% %}` and `{{ }}` elsewhere —
 * in an .html page only when it has `{% %}` tags, as Django and Jinja pages do and Angular or Vue templates do not). */
function tagPattern(path: string, text: string): RegExp | undefined {
  if (ERB.test(path)) return /<%(?!#)[\s\S]*?%>/g;
  if (/\.blade\.php$/i.test(path)) return BLADE_TAGS;
  if (BRACE_TEMPLATES.test(path) || (/\.html?$/i.test(path) && /\{%[\s\S]*?%\}/.test(text))) return /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;
  // JSP: scriptlets and expressions (not `<%-- --%>` comments) and EL `${param.transactionStatus}`; a Thymeleaf page
  // (an .html page with th: attributes): its `${param.transactionStatus}` expressions (round-12 hold-out).
  if (JSP.test(path)) return /<%(?!--)[\s\S]*?%>|\$\{[^{}]*\}/g;
  if (/\.html?$/i.test(path) && THYMELEAF.test(text)) return /\$\{[^{}]*\}/g;
  return undefined;
}

export function serverTemplateReadItems(file: RuleFile): ManualItem[] {
  const tags = tagPattern(file.path, file.text);
  if (!tags) return [];
  // The page's words are outside its tags too (`{# Card payment return #}`, "Payment … authorised"): payment
  // vocabulary without a Jumio name rules the page out, as in the scan.
  if (!mentionsJumio(file.text) && PAYMENT_WORDS.test(file.text)) return [];
  // Markers of an earlier run are blanked (their lines stay, so line numbers are the file's).
  const text = withoutMarkers(file.text);
  const lineOf = (pos: number): number => text.slice(0, pos).split('\n').length - 1;
  // The tags' text where it stands, everything else blanked (line breaks kept).
  let code = '';
  let at = 0;
  const spans: { first: number; last: number }[] = [];
  for (const m of text.matchAll(tags)) {
    code += text.slice(at, m.index!).replace(/[^\n]/g, ' ') + m[0];
    at = m.index! + m[0].length;
    spans.push({ first: lineOf(m.index!), last: lineOf(at) });
  }
  if (!spans.length) return [];
  code += text.slice(at).replace(/[^\n]/g, ' ');
  const starts = [0];
  for (let i = file.text.indexOf('\n'); i >= 0; i = file.text.indexOf('\n', i + 1)) starts.push(i + 1);
  const out: ManualItem[] = [];
  for (const f of scanTemplateCode(code, new Set()).filter((x) => x.rule === 'landing-page-params')) {
    const span = spans.find((t) => t.first <= f.line && f.line <= t.last);
    if (!span) continue;
    const lineStart = starts[span.first]!;
    const pos = lineStart + /^\s*/.exec(file.text.slice(lineStart, lineStart + 200))![0].length;
    if (out.some((o) => o.pos === pos)) continue;
    out.push({ pos, commentStyle: insideScript(file.text, pos) ? 'line' : 'html', message: `in the page's server template code (no rule parses it), ${f.message.replace(/^a success\/error page /, 'this success/error page ')}` });
  }
  return out;
}

/** Is `pos` inside a <script> element (its last `<script…>` before `pos` not closed yet)? */
function insideScript(text: string, pos: number): boolean {
  const before = text.slice(0, pos).toLowerCase();
  return before.lastIndexOf('<script') > before.lastIndexOf('</script');
}
