// Source files in languages the codemod does not rewrite: the Go, Python, Java, C#, Ruby … backend that sits beside
// the JavaScript in many repositories (the catalogue's deso-protocol Go service, Django views, Spring RestTemplate
// clients, Laravel is PHP: see server-code.ts). A legacy Jumio URL in one is legacy code all the same: `codemod`
// lists the file as skipped with a manual item per line (so `--check` does not pass over it) and `scan` lists the
// lines. Nothing is written into these files, and they never count as importers of a JS module (importers.ts).
// Build and deployment files that only configure (Dockerfile, Terraform, TOML) are configuration (text-scan.ts).

import { extensionOf } from './file-kinds.js';

/** Extension → language, for the message. */
const LANGUAGES: Readonly<Record<string, string>> = {
  py: 'Python', pyw: 'Python', go: 'Go', java: 'Java', kt: 'Kotlin', kts: 'Kotlin', scala: 'Scala', groovy: 'Groovy',
  cs: 'C#', fs: 'F#', vb: 'Visual Basic', rb: 'Ruby', rake: 'Ruby', rs: 'Rust', ex: 'Elixir', exs: 'Elixir',
  erl: 'Erlang', swift: 'Swift', m: 'Objective-C', mm: 'Objective-C', dart: 'Dart', clj: 'Clojure', cljs: 'ClojureScript',
  pl: 'Perl', pm: 'Perl', lua: 'Lua', sh: 'shell', bash: 'shell', zsh: 'shell', ps1: 'PowerShell', psm1: 'PowerShell',
  // Compile-to-JS languages (CoffeeScript is read as an unparsed page template: file-kinds.ts) and the rest.
  ls: 'LiveScript', elm: 'Elm',
  res: 'ReScript', resi: 'ReScript', re: 'Reason', purs: 'PureScript', hs: 'Haskell', ml: 'OCaml', cr: 'Crystal',
  jl: 'Julia', r: 'R', c: 'C', cc: 'C++', cpp: 'C++', cxx: 'C++', hpp: 'C++',
};

/** How a whole-line comment starts, per language (a URL in a comment is not a call). */
const HASH = /^\s*#/;
const SLASHES = /^\s*(\/\/|\/\*|\*)/;
const COMMENT: Readonly<Record<string, RegExp>> = {
  Python: HASH, Ruby: HASH, Perl: HASH, Elixir: HASH, shell: HASH, PowerShell: HASH,
  Lua: /^\s*--/, Clojure: /^\s*;/, ClojureScript: /^\s*;/, Erlang: /^\s*%/, 'Visual Basic': /^\s*'/,
  LiveScript: HASH, Crystal: HASH, Julia: HASH, R: HASH,
  Elm: /^\s*--/, PureScript: /^\s*--/, Haskell: /^\s*--/, OCaml: /^\s*\(\*/,
};

/** The language of a source file the codemod does not rewrite, or undefined. */
export function otherLanguageOf(name: string): string | undefined {
  const ext = extensionOf(name);
  return Object.hasOwn(LANGUAGES, ext) ? LANGUAGES[ext] : undefined;
}

/** Is the line only a comment in that language? */
export function isCommentLine(language: string, line: string): boolean {
  return (COMMENT[language] ?? SLASHES).test(line);
}

/** Where an item in such code sits, for its message (also a page's PHP or JSP code: rules/legacy-endpoint/server-code.ts). */
export function inCodeNotRewritten(language: string): string {
  return `in ${language} code, which the codemod does not rewrite (migrate it by hand, or point its legacy base URL at ` +
    'the shim: netverify-migrate shim serve)';
}
