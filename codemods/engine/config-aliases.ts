// Import aliases a project configures itself, read as text (never run), for framework-aliases.ts: Vite's
// `resolve.alias` (vite.config.*; also inside nuxt.config's `vite:`), Nuxt's `alias`, and the `paths` of a tsconfig /
// jsconfig beside the importing file's project (a monorepo package's, following a relative `extends`), which the
// root tsconfig read by project-view.ts does not hold. A value counts when it is a path: a literal ('./src', Vite's
// root-relative '/src'), or a call over the config's directory — path.resolve(__dirname, 'src'), join(process.cwd(),
// 'src'), fileURLToPath(new URL('./src', import.meta.url)) — whose string arguments are the path. Others are skipped.
import { dirname, join, resolve } from 'node:path';

/** alias → target (absolute); a key ending in `/*` or `/` matches only what is under its target. */
export type Aliases = Map<string, string>;

export const VITE_CONFIGS = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts', 'vite.config.cjs'];

const STRING = /'([^'\n]*)'|"([^"\n]*)"|`([^`\n$]*)`/g;
const KEY = String.raw`(?:'([^'\n]+)'|"([^"\n]+)"|([\w$]+))`;
/** The config directory, spelt in a path expression. */
const HERE = /\b__dirname\b|\bprocess\.cwd\(\)|\bimport\.meta\.(?:url|dirname)\b/;

/** Key prefix of an alias whose `find` is a RegExp literal: REGEX_ALIAS + flags + '/' + source. */
export const REGEX_ALIAS = '\0re:';

/** `/^@kyc\/(.*)$/` (a RegExp literal, its flags) → its key, when the literal is a valid pattern. */
function regexFind(text: string): string | undefined {
  const m = /^\s*\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+)\/([a-z]*)\s*$/.exec(text);
  if (!m) return undefined;
  try {
    new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
  return `${REGEX_ALIAS}${m[2]!.replace(/[gy]/g, '')}/${m[1]}`;
}

/** The target of an alias value (its source text), or undefined when it is no path the config spells. */
function valuePath(dir: string, value: string): string | undefined {
  const v = value.trim();
  const strings = [...v.matchAll(STRING)].map((m) => m[1] ?? m[2] ?? m[3]!);
  const literal = /^(?:'[^'\n]*'|"[^"\n]*"|`[^`\n$]*`)$/.test(v);
  if (literal) return strings[0]!.startsWith('/') ? join(dir, strings[0]!) : resolve(dir, strings[0]!);
  if (!HERE.test(v) || strings.length === 0 || /\$\{/.test(v)) return undefined;
  return resolve(dir, ...strings.map((s) => s.replace(/^\/+/, '')));
}

/** The entries of an object literal's body, split at its top-level commas. */
function entries(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quote) { if (ch === quote && body[i - 1] !== '\\') quote = ''; continue; }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) { out.push(body.slice(start, i)); start = i + 1; }
  }
  out.push(body.slice(start));
  return out.filter((e) => e.trim() !== '');
}

/** The text between the bracket at `open` and its match. */
function enclosed(text: string, open: number): string | undefined {
  const close = text[open] === '{' ? '}' : ']';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === text[open]) depth++;
    else if (text[i] === close && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

/** Every `alias: { '@': … }` / `alias: [{ find: '@', replacement: … }]` of a Vite or Nuxt config. */
export function configAliases(dir: string, config: string): Aliases {
  const aliases: Aliases = new Map();
  for (const m of config.matchAll(/\balias\s*:\s*([[{])/g)) {
    const body = enclosed(config, m.index + m[0].length - 1);
    if (body === undefined) continue;
    for (const entry of entries(body)) {
      if (m[1] === '[') {
        // { find: '@', replacement: path.resolve(__dirname, 'src') }; a RegExp find (`find: /^@kyc\/(.*)$/`,
        // replacement '/src/kyc/$1') is kept as REGEX_ALIAS + its source (framework-aliases.ts applies it as Vite does)
        const inner = /^\s*\{([^]*)\}\s*$/.exec(entry)?.[1];
        const fields = new Map(entries(inner ?? '').map((f) => /^\s*([\w$]+)\s*:\s*([^]*)$/.exec(f)).filter((f) => f !== null).map((f) => [f[1]!, f[2]!]));
        const find = /^\s*(?:'([^'\n]+)'|"([^"\n]+)")\s*$/.exec(fields.get('find') ?? '');
        const to = valuePath(dir, fields.get('replacement') ?? '');
        if (find && to) aliases.set(find[1] ?? find[2]!, to);
        const re = !find && to ? regexFind(fields.get('find') ?? '') : undefined;
        // A trailing '/' of the replacement is kept: Vite replaces the match only (`/^@\//` → '/src/' + the rest).
        if (re && to) aliases.set(re, /\/['"`]\s*\)?\s*$/.test(fields.get('replacement')!) ? `${to.replace(/\/+$/, '')}/` : to);
        continue;
      }
      const kv = new RegExp(String.raw`^\s*${KEY}\s*:\s*([^]*)$`).exec(entry);
      const to = kv && valuePath(dir, kv[4]!);
      if (kv && to) aliases.set(kv[1] ?? kv[2] ?? kv[3]!, to);
    }
  }
  return aliases;
}

const parseJsonc = (text: string): Record<string, unknown> | undefined => {
  try {
    // tsconfig allows comments and trailing commas: strip the simple cases (as project-view.ts does).
    return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[^]*?\*\//g, '').replace(/,(\s*[}\]])/g, '$1')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

/** The `paths` of the tsconfig.json / jsconfig.json in `dir` (or of a relative `extends` it names, a few levels), as
 * aliases: `"@kyc/*": ["src/kyc/*"]` → `@kyc/*` → <baseUrl>/src/kyc/*; a `*` elsewhere than at the end is skipped. */
export function tsconfigAliases(dir: string, readFile: (absPath: string) => string | undefined): Aliases {
  const aliases: Aliases = new Map();
  let file = ['tsconfig.json', 'jsconfig.json'].map((n) => join(dir, n)).find((f) => readFile(f) !== undefined);
  for (let hops = 0; file && hops < 4; hops++) {
    const json = parseJsonc(readFile(file) ?? '');
    const opts = json?.compilerOptions as { paths?: Record<string, unknown>; baseUrl?: unknown } | undefined;
    if (opts?.paths && typeof opts.paths === 'object') {
      const base = resolve(dirname(file), typeof opts.baseUrl === 'string' ? opts.baseUrl : '.');
      for (const [key, targets] of Object.entries(opts.paths)) {
        const first = Array.isArray(targets) ? targets[0] : undefined;
        if (typeof first !== 'string' || key === '*' || /\*(?!$)/.test(key) || /\*(?!$)/.test(first)) continue;
        if (key.endsWith('*') !== first.endsWith('*') || (key.endsWith('*') && !key.endsWith('/*'))) continue;
        aliases.set(key, resolve(base, first));
      }
      return aliases;
    }
    const ext = typeof json?.extends === 'string' && json.extends.startsWith('.') ? resolve(dirname(file), json.extends) : undefined;
    file = ext && (readFile(ext) !== undefined ? ext : readFile(`${ext}.json`) !== undefined ? `${ext}.json` : undefined);
  }
  return aliases;
}
