// Flow-typed JavaScript: the rules run on the text with its Flow types blanked (flow-mask.ts) and the types are put
// back (flow-files.ts). Every Flow construct a React/Express code base of the legacy era used must blank to
// JavaScript that TypeScript's parser reads, at the same offsets and lines.
import { describe, expect, it } from 'vitest';
import { maskFlowTypes, parsesAsFlow } from '../../codemods/engine/flow-mask.js';
import { syntaxProblems, transformText } from '../../codemods/engine/run-on-text.js';
import type { Rule, RuleFile } from '../../codemods/engine/types.js';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const rule = (id: string, run: Rule['run']): Rule => ({ id, title: id, prefilter: ['OLD'], kinds: ['script'], run });
const at = (f: RuleFile, needle: string) => f.text.indexOf(needle);
const rename = rule('rename', (f) => ({ edits: [{ start: at(f, 'OLD'), end: at(f, 'OLD') + 3, text: 'NEW', message: '' }], manual: [] }));
const run = (text: string, rules: Rule[], path = 'a.js') => transformText({ path, absPath: `/tmp/flow/${path}`, text, rules });

const EVERYTHING = [
  '// @flow',
  "import type { Node } from 'react';",
  "import typeof Express from 'express';",
  "import React, { type ComponentType, useState } from 'react';",
  'export type Props = {| +url: string, onDone?: (status: string) => void |};',
  'opaque type Token = string;',
  'interface Named { name: string }',
  'declare var __DEV__: boolean;',
  'declare module.exports: { f: () => void };',
  'export interface Shape { kind: ?string }',
  'class Frame extends React.Component<Props, { loaded: boolean }> implements Named {',
  '  name: string = "frame";',
  '  +ready: boolean;',
  '  declare ref: ?HTMLIFrameElement;',
  '  static defaultProps: $Shape<Props> = {};',
  '  onMessage = (event: MessageEvent): void => { const d: any = (event.data: any); OLD(d); };',
  '}',
  'function pick<T>(list: Array<T>, i?: number = 0, ...rest: Array<mixed>): T %checks { return list[i ?? 0]; }',
  'const map = new Map<string, number>();',
  'const f = async <T>(x: T): Promise<T> => x;',
  'export type { Props as P };',
  'export { Frame };',
  'export default (Frame: ComponentType<Props>);',
  '',
].join('\n');

describe('maskFlowTypes', () => {
  it('blanks every Flow-only construct to JavaScript TypeScript reads, same length and lines', () => {
    expect(syntaxProblems('x.ts', EVERYTHING)?.message).toBeDefined(); // not JavaScript as written…
    const mask = maskFlowTypes(EVERYTHING)!;
    expect(mask.masked).toHaveLength(EVERYTHING.length);
    expect(mask.masked.split('\n').length).toBe(EVERYTHING.split('\n').length);
    expect(syntaxProblems('x.js', mask.masked)).toBeUndefined(); // …but JavaScript once blanked
    // No type survives, every value does.
    for (const typeOnly of ['Node', 'Express', 'ComponentType', 'opaque', 'interface', 'declare', '$Shape', 'MessageEvent', '%checks', 'implements', 'Array<', 'Promise<', 'Map<string']) {
      expect(mask.masked, typeOnly).not.toContain(typeOnly);
    }
    for (const value of ["from 'react'", 'useState', 'class Frame extends React.Component', '"frame"', 'OLD(d)', 'new Map', 'i ', '...rest', 'export { Frame };', 'export default (Frame']) {
      expect(mask.masked, value).toContain(value);
    }
  });

  it('is undefined for a file Babel cannot read as Flow, or one without Flow syntax', () => {
    expect(maskFlowTypes('// @flow\nconst a = (;\n')).toBeUndefined();
    expect(maskFlowTypes('const a = 1;\n')).toBeUndefined();
    expect(parsesAsFlow(EVERYTHING)).toBe(true);
  });
});

describe('a Flow file through the rules', () => {
  it('gets the rules\' edits with every type put back, in CRLF and with a BOM too', () => {
    const out = run(EVERYTHING, [rename]);
    expect(out.error).toBeUndefined();
    expect(out.output).toBe(EVERYTHING.replace('OLD(d)', 'NEW(d)'));
    const crlf = '\uFEFF' + EVERYTHING.replace(/\n/g, '\r\n');
    expect(run(crlf, [rename]).output).toBe(crlf.replace('OLD(d)', 'NEW(d)'));
  });

  it('keeps a type whose neighbour was replaced, and places insertions on the right side of it', () => {
    const text = '// @flow\nfunction f(x: string, y: OLD): void { return; }\n';
    // One edit ends right where `: void` starts, one inserts where `: string` ends.
    const r = rule('beside', (f) => ({
      edits: [{ start: at(f, 'f(x'), end: at(f, 'f(x') + 1, text: 'g', message: '' }, { start: at(f, ', y'), end: at(f, ', y'), text: ' /*x*/', message: '' }, { start: at(f, ')'), end: at(f, ')'), text: ', z', message: '' }],
      manual: [],
    }));
    expect(run(text, [r]).output).toBe('// @flow\nfunction g(x: string /*x*/, y: OLD, z): void { return; }\n');
  });

  it('drops a type the rules deleted whole with its declaration', () => {
    const text = '// @flow\nconst OLD: string = "a";\nconst b: number = 1;\n';
    const del = rule('del', (f) => ({ edits: [{ start: at(f, 'const OLD'), end: at(f, 'const b'), text: '', message: '' }], manual: [] }));
    expect(run(text, [del]).output).toBe('// @flow\nconst b: number = 1;\n');
  });

  it('drops the types of code an edit replaced whole (a Basic credential turned Bearer)', () => {
    const text = '// @flow\nconst OLD: string = (x: any);\n';
    const rewrite = rule('rewrite', (f) => ({ edits: [{ start: at(f, 'const'), end: f.text.indexOf(';'), text: 'let NEW = x', message: '' }], manual: [] }));
    expect(run(text, [rewrite]).output).toBe('// @flow\nlet NEW = x;\n');
  });

  it('leaves the file untouched with an error when an edit cuts into a type, or copies code whose types it never saw', () => {
    const text = '// @flow\nconst OLD: string = (x: any);\nfoo();\n';
    // An edit that starts inside the blank standing for `: string` (it still parses, so only the Flow check sees it).
    const cut = rule('cut', (f) => ({ edits: [{ start: at(f, 'OLD') + 5, end: at(f, 'OLD') + 6, text: ' ', message: '' }], manual: [] }));
    const r = run(text, [cut]);
    expect(r.error).toMatch(/^a rule's edit reaches into the Flow types at line 2, which the rules cannot read: file left untouched/);
    expect([r.output, r.changed, r.edits]).toEqual([text, false, []]);
    // A rule that moves the declaration below foo() copies `const OLD/*    */ = …` from the text it was given.
    const move = rule('move', (f) => {
      const decl = f.text.slice(at(f, 'const'), f.text.indexOf('\n', at(f, 'const')) + 1);
      return { edits: [{ start: at(f, 'const'), end: at(f, 'const') + decl.length, text: '', message: '' }, { start: f.text.length, end: f.text.length, text: decl, message: '' }], manual: [] };
    });
    const moved = run(text, [move]);
    expect(moved.error).toBe('a rule moved or copied code holding the Flow types, which it could not read: file left untouched (migrate it by hand)');
    expect(moved.output).toBe(text);
  });

  it('flags a Flow type that still names legacy-only fields, with a marker above it, once the rules worked on the file', () => {
    const text = '// @flow\ntype Res = {|\n  redirectUrl: string,\n  transactionReference: string,\n|};\nOLD();\n';
    const r = run(text, [rename]);
    expect(r.manual).toEqual([{
      rule: 'rename', line: 2,
      message: 'this Flow type still names the legacy field(s) redirectUrl, transactionReference: the codemod rewrites code, not Flow types — give it the KYX shape (see MIGRATION.md)',
    }]);
    expect(r.output.split('\n')[1]).toBe('// TODO(netverify-migrate): rename: ' + r.manual[0].message);
    expect(r.output.split('\n').slice(2).join('\n')).toBe(text.split('\n').slice(1).join('\n').replace('OLD', 'NEW'));
    // A second run adds nothing; a file the rules left alone gets no item.
    expect(run(r.output, [rename]).output).toBe(r.output);
    expect(run(text.replace('OLD();\n', ''), [rename]).manual).toEqual([]);
  });

  it("keeps a Flow enum as it is (TypeScript's parser reads its shape) and migrates the rest", () => {
    const r = run('// @flow\nenum Status { A, B }\nOLD();\n', [rename]);
    expect(r.output).toBe('// @flow\nenum Status { A, B }\nNEW();\n');
  });
});

describe('Flow files across modules', () => {
  const runRepo = tempRepoRunner('nvm-flow-');
  const service = [
    '// @flow',
    "import fetch from 'node-fetch';",
    '',
    'export async function startAuthentication(ref: string, userReference: string): Promise<Object> {',
    "  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {",
    "    method: 'POST',",
    "    headers: { Authorization: `Basic ${(process.env.JUMIO_BASIC: any)}`, 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'Acme/2' },",
    "    body: JSON.stringify({ enrollmentTransactionReference: ref, userReference, successUrl: 'https://acme.example/done' }),",
    '  });',
    '  return (res.json(): any);',
    '}',
    '',
  ].join('\n');
  const route = [
    '// @flow',
    "import type { $Request, $Response } from 'express';",
    "import { startAuthentication } from '../services/jumio';",
    '',
    'export async function reauth(req: $Request, res: $Response) {',
    '  const user: { id: string, ref: string } = (req: any).user;',
    '  const result = await startAuthentication(user.ref, user.id);',
    "  res.render('kyc', { url: result.redirectUrl, reference: result.transactionReference });",
    '}',
    '',
  ].join('\n');

  it("follows a legacy response out of a Flow module into a Flow importer, whose types stay", async () => {
    const out = await runRepo({ 'src/services/jumio.js': service, 'src/routes/kyc.js': route });
    expect(out('src/routes/kyc.js')).toBe(route.replace('result.redirectUrl', 'result.web.href').replace('result.transactionReference', 'result.workflowExecution.id'));
    expect(out('src/services/jumio.js')).toContain("  return (res.json(): any);\n");
    expect(out('src/services/jumio.js')).toContain('Authorization: `Bearer ${await kyxAccessToken(');
  });
});
