// Which files the engine reads, and how: the extension decides the parser (JSX only where the language
// variant allows it) or the embedded-script extraction for HTML-like pages, Vue, Svelte and Astro components.
import type { ts } from '#ts-morph';
import type { FileKind } from './types.js';

/** ts.ScriptKind's values (TypeScript's public API; pinned by test/engine/file-kinds.test.ts). Spelled here so this
 * module does not load the compiler: discovery runs in a worker thread that never does (scan-worker.ts). */
export const SCRIPT_KIND = { JS: 1, JSX: 2, TS: 3, TSX: 4 } as const satisfies Record<'JS' | 'JSX' | 'TS' | 'TSX', ts.ScriptKind>;

// es6/es: ES2015 sources of the legacy API's era (Rails' sprockets-es6, Ember CLI before 2.x, babel's default list).
export const SCRIPT_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'es6', 'es'] as const;
// Server templates are pages too: embedded.ts blanks their tags (JSP/EJS/ERB/ASP `<% %>`, PHP `<?php ?>` / `<?= ?>`,
// Handlebars/Twig/Nunjucks/Jinja and Go html/template (.gohtml, and .tmpl/.gotmpl/.tpl: Gin's and Beego's usual names)
// `{{ }}` / `{% %}`, AdonisJS Edge `{{ }}` (its `@if(…)` / `@section` lines are text to the HTML parse), Phoenix EEx/HEEx
// and Eta `<%= %>`) before the HTML parse; ColdFusion pages (.cfm) are HTML whose `<cf…>` tags are elements to parse5 and
// whose `#expr#` sits in attribute values and strings (a script block it breaks is skipped like any that does not parse); JSP fragments
// and Riot components are HTML with their own expressions; a .phtml view (Magento, Zend) is a PHP page,
// a classic ASP page (.asp) HTML with `<% %>` tags like JSP (round-12 hold-out). JSF facelets (.xhtml) keep their scripts in
// <h:outputScript>, which no HTML parse sees as a script: they are read as unparsed templates (below). Svelte components are read like Vue SFCs, their
// markup's `{…}` expressions blanked (svelte-view.ts); Astro components too, their frontmatter a TypeScript block
// (astro-view.ts). Razor (.cshtml) and the others below have other syntaxes.
export const HTML_EXTENSIONS = ['html', 'htm', 'jsp', 'jspf', 'jspx', 'ejs', 'hbs', 'handlebars', 'php', 'erb', 'twig', 'njk',
  'jinja', 'jinja2', 'j2', 'eex', 'heex', 'leex', 'riot', 'gohtml', 'tmpl', 'gotmpl', 'tpl', 'edge', 'eta', 'cfm', 'phtml', 'asp'] as const;
export const VUE_EXTENSIONS = ['vue'] as const;
export const SVELTE_EXTENSIONS = ['svelte'] as const;
export const ASTRO_EXTENSIONS = ['astro'] as const;
export const CODE_EXTENSIONS: readonly string[] = [...SCRIPT_EXTENSIONS, ...HTML_EXTENSIONS, ...VUE_EXTENSIONS, ...SVELTE_EXTENSIONS, ...ASTRO_EXTENSIONS];

/** Page templates whose syntax the codemod does not parse (Razor, ASP.NET, Velocity, FreeMarker, Mustache,
 * Liquid, Pug, Haml, Slim, GSP, Marko, Ember template-tag components .gjs/.gts, JSF .xhtml, MDX, Go templ, and those whose
 * single-brace tags sit inside script code: Latte `{$x}`, Dust `{x}`, Mako `${x}`) and CoffeeScript: read line by line for legacy
 * hosts and legacy front-end code (text-scan.ts, template-scan.ts); one importing a module makes its importers unknown. */
const TEMPLATE_EXT = /\.(cshtml|razor|aspx|ascx|vm|ftlh?|mustache|liquid|pug|jade|haml|slim|gsp|marko|gjs|gts|xhtml|mdx|latte|dust|mako|templ|coffee)$/i;
export const isUnparsedTemplateName = (name: string): boolean => TEMPLATE_EXT.test(name);

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The JavaScript extension of a script Rails renders through ERB (`kyc.js.erb` → js; erb-script.ts), or undefined. */
export function erbScriptExtension(path: string): 'js' | 'es6' | undefined {
  const m = /\.(js|es6)\.erb$/i.exec(path);
  return m ? (m[1]!.toLowerCase() as 'js' | 'es6') : undefined;
}

/** The parser flavour of a script file (its extension; a `.js.erb`'s is js), or undefined for any other file. */
export function scriptFlavourOf(path: string): ScriptFlavour | undefined {
  return flavourOfExtension(erbScriptExtension(path) ?? extensionOf(path));
}

export function kindOf(path: string): FileKind | undefined {
  if (erbScriptExtension(path)) return 'script';
  const ext = extensionOf(path);
  if ((SCRIPT_EXTENSIONS as readonly string[]).includes(ext)) return 'script';
  if ((HTML_EXTENSIONS as readonly string[]).includes(ext)) return 'html';
  if ((VUE_EXTENSIONS as readonly string[]).includes(ext)) return 'vue';
  if ((SVELTE_EXTENSIONS as readonly string[]).includes(ext)) return 'svelte';
  if ((ASTRO_EXTENSIONS as readonly string[]).includes(ext)) return 'astro';
  return undefined;
}

export interface ScriptFlavour {
  scriptKind: ts.ScriptKind;
  language: 'ts' | 'js';
  /** TypeScript parses JS/JSX/TSX with the JSX language variant and TS/MTS/CTS without it (so `<T>x` casts work). */
  jsx: boolean;
  /** Extension for the in-memory file name ts-morph gets. */
  ext: string;
}

export function flavourOfExtension(ext: string): ScriptFlavour | undefined {
  switch (ext) {
    case 'ts': case 'mts': case 'cts':
      return { scriptKind: SCRIPT_KIND.TS, language: 'ts', jsx: false, ext };
    case 'tsx':
      return { scriptKind: SCRIPT_KIND.TSX, language: 'ts', jsx: true, ext };
    case 'jsx':
      return { scriptKind: SCRIPT_KIND.JSX, language: 'js', jsx: true, ext };
    case 'js': case 'mjs': case 'cjs': case 'es6': case 'es':
      // TypeScript always parses JavaScript with the JSX variant (React code in .js is common).
      return { scriptKind: SCRIPT_KIND.JS, language: 'js', jsx: true, ext };
    default:
      return undefined;
  }
}

/** The flavour of an inline <script> block found by embedded.ts. */
export function flavourOfBlock(language: 'ts' | 'js', jsx: boolean): ScriptFlavour {
  if (language === 'ts') return jsx ? flavourOfExtension('tsx')! : flavourOfExtension('ts')!;
  return jsx ? flavourOfExtension('jsx')! : flavourOfExtension('js')!;
}
