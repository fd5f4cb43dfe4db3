// Comments that apply to the line right below them: a type for the declaration (`/** @type {T} */`,
// `/** @satisfies … */`) or a directive (`// @ts-expect-error`, `// eslint-disable-next-line`, `// prettier-ignore`…).
// Nothing may be inserted between such a comment and its line — neither a marker nor a statement the codemod adds
// before the call — or the type or directive applies to the wrong line.
const DIRECTIVE = /^\/\/\s*(@ts-(ignore|expect-error)|eslint-disable-next-line|prettier-ignore|biome-ignore|deno-lint-ignore|oxlint-disable-next-line|istanbul ignore|c8 ignore|v8 ignore|NOSONAR)/;
const TYPING_JSDOC = /^\/\*\*[\s\S]*@(type|satisfies)\b[\s\S]*\*\/$/;

/** Is this comment text (`// …` or `/* … *\/`) bound to the line below it? */
export function isBoundComment(comment: string): boolean {
  const c = comment.trim();
  return DIRECTIVE.test(c) || TYPING_JSDOC.test(c);
}

/**
 * Where text inserted "above the line starting at `lineStart`" must go: above the bound comment lines stacked
 * directly over it (each on its own line). Returns `lineStart` when there are none.
 */
export function aboveBoundComments(text: string, lineStart: number): number {
  let at = lineStart;
  for (let guard = 0; guard < 20 && at > 0; guard++) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    const prev = text.slice(prevStart, at).replace(/\r?\n$/, '');
    if (isBoundComment(prev)) {
      at = prevStart;
      continue;
    }
    // A multi-line JSDoc block ending on the line above.
    if (/\*\/\s*$/.test(prev) && !/^\s*\/\//.test(prev)) {
      const open = text.lastIndexOf('/**', at);
      if (open < 0) break;
      const openLine = text.lastIndexOf('\n', open - 1) + 1;
      if (text.slice(openLine, open).trim() !== '' || !isBoundComment(text.slice(open, at).trim())) break;
      at = openLine;
      continue;
    }
    break;
  }
  return at;
}
