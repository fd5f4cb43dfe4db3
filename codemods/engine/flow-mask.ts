// Flow-typed JavaScript: the rules read files with TypeScript's parser, which stops at Flow-only syntax (type casts
// `(x: T)`, `?T`, exact objects `{| |}`, `import type`, opaque types…). Babel's parser reads Flow; this module finds
// every Flow-only range and blanks it (line breaks kept), so the rules run on plain JavaScript at the same
// offsets and lines. masked-files.ts puts the ranges back into the rules' output.
import { createRequire } from 'node:module';
import type { MaskedRange as FlowRange, TextMask } from './masked-files.js';

// Loaded on the first Flow file only: most runs never meet one, and every worker would pay for it at start-up.
let babelParse: typeof import('@babel/parser').parse | undefined;
const parse: typeof import('@babel/parser').parse = (text, options) => {
  babelParse ??= (createRequire(import.meta.url)('@babel/parser') as typeof import('@babel/parser')).parse;
  return babelParse(text, options);
};

/** Every Flow range blanked (an empty comment or spaces, line breaks kept). */
export type FlowMask = TextMask;

type BabelNode = { type: string; start?: number | null; end?: number | null; [key: string]: unknown };

/** Declarations that exist only for the type checker: blanked whole. */
const TYPE_ONLY_STATEMENTS = new Set([
  'TypeAlias', 'OpaqueType', 'InterfaceDeclaration', 'DeclareClass', 'DeclareFunction', 'DeclareInterface',
  'DeclareModule', 'DeclareModuleExports', 'DeclareTypeAlias', 'DeclareOpaqueType', 'DeclareVariable',
  'DeclareExportDeclaration', 'DeclareExportAllDeclaration',
]);
/** Child keys that hold only type syntax, wherever they appear (annotations, generics, predicates, variance). */
const TYPE_ONLY_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'superTypeParameters', 'typeArguments', 'predicate', 'variance']);

// Babel 7 reads the option at run time; its typings list it for Babel 8 only.
const FLOW_ENUMS = { enums: true } as unknown as { all?: boolean };

/** Babel's Flow AST of `text`, or undefined when it does not parse as Flow. */
function parseFlow(text: string): BabelNode | undefined {
  try {
    return parse(text, {
      sourceType: 'unambiguous',
      // enums: Flow's `enum Status of string { … }` (flow-enums-runtime); older Babel 7 releases read it only with
      // the option (the one installed reads it always).
      plugins: ['jsx', ['flow', FLOW_ENUMS], 'decorators-legacy', 'exportDefaultFrom'],
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      errorRecovery: false,
    }) as unknown as BabelNode;
  } catch {
    return undefined;
  }
}

/**
 * A range's stand-in: an empty block comment of its length, so a line that held only a type is not blank (a marker
 * above it takes the line's real indentation); spaces where a comment would not fit or would touch a `/` or `*`.
 */
function blank(text: string, r: FlowRange): string {
  const spaces = text.slice(r.start, r.end).replace(/[^\r\n]/g, ' ');
  const touches = /[/*]/.test(text[r.start - 1] ?? '') || /[/*]/.test(text[r.end] ?? '');
  if (spaces.length < 4 || touches || spaces[0] !== ' ' || spaces[spaces.length - 1] !== ' ') return spaces;
  return '/*' + spaces.slice(2, -2) + '*/';
}

/** True when `text` parses as Flow-typed JavaScript. */
export function parsesAsFlow(text: string): boolean {
  return parseFlow(text) !== undefined;
}

const isNode = (v: unknown): v is BabelNode => typeof v === 'object' && v !== null && typeof (v as BabelNode).type === 'string';

/**
 * The Flow ranges of `text`, or undefined when Babel cannot read it as Flow (then it is not a Flow file, or a broken
 * one: the caller reports TypeScript's own parse error).
 */
export function maskFlowTypes(text: string): FlowMask | undefined {
  const ast = parseFlow(text);
  if (!ast) return undefined;
  const ranges: FlowRange[] = [];
  const add = (start: number | null | undefined, end: number | null | undefined): void => {
    if (typeof start === 'number' && typeof end === 'number' && end > start) ranges.push({ start, end });
  };
  const whole = (n: BabelNode): void => add(n.start, n.end);

  const visit = (node: BabelNode): void => {
    if (TYPE_ONLY_STATEMENTS.has(node.type)) return whole(node);
    // A Flow enum is a value, but TypeScript reads neither `of string` nor `...` members: blanked whole like a type
    // (the rules then see its uses, `Status.Success`, as a global's), with its `export` when it has one.
    if (node.type === 'EnumDeclaration' || ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') && isNode(node.declaration) && node.declaration.type === 'EnumDeclaration')) return whole(node);
    if ((node.type === 'ImportDeclaration' && (node.importKind === 'type' || node.importKind === 'typeof')) ||
      (node.type === 'ExportNamedDeclaration' && node.exportKind === 'type')) return whole(node);
    if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && node.declare === true) return whole(node);
    if (node.type === 'ImportSpecifier' || node.type === 'ExportSpecifier') {
      const kind = node.type === 'ImportSpecifier' ? node.importKind : node.exportKind;
      if (kind === 'type' || kind === 'typeof') return specifier(node);
    }
    if (node.type === 'Identifier' && node.optional === true && typeof node.start === 'number') {
      // `x?: T` / `x?`: the `?` sits between the name and the annotation.
      const annotation = node.typeAnnotation as BabelNode | undefined;
      add(node.start + String(node.name).length, annotation?.end ?? node.end);
      return;
    }
    if (Array.isArray(node.implements) && node.implements.length > 0) classImplements(node, node.implements as BabelNode[]);
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'comments' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const child = node[key];
      if (TYPE_ONLY_KEYS.has(key) && isNode(child)) {
        whole(child);
        continue;
      }
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) visit(c);
      } else if (isNode(child)) visit(child);
    }
  };

  // `{ type A, B }`: the specifier and its comma go, so `{ , B }` never appears.
  const specifier = (node: BabelNode): void => {
    const end = node.end ?? 0;
    const comma = /^\s*,/.exec(text.slice(end));
    add(node.start, comma ? end + comma[0].length : end);
  };
  // `class A extends B implements C, D {`: from the keyword to the last interface.
  const classImplements = (node: BabelNode, list: BabelNode[]): void => {
    const first = list[0].start ?? 0;
    const keyword = text.lastIndexOf('implements', first);
    if (keyword >= (node.start ?? 0)) add(keyword, list[list.length - 1].end);
  };

  visit(ast);
  if (ranges.length === 0) return undefined;
  ranges.sort((a, b) => a.start - b.start);
  const merged: FlowRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  let masked = '';
  let at = 0;
  for (const r of merged) {
    masked += text.slice(at, r.start) + blank(text, r);
    at = r.end;
  }
  return { masked: masked + text.slice(at), ranges: merged };
}
