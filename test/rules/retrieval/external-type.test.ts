// A legacy details type declared in another module is rewritten there (external edits), and its manual item
// goes with it — not onto an unrelated line of the file being processed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { retrievalAuthenticationRule } from '../../../codemods/rules/retrieval-authentication/index.js';

const FIX = resolve(import.meta.dirname, '../../../codemods/rules/retrieval-authentication/__testfixtures__');

function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('retrieval details type in another module', () => {
  it('rewrites the interface where it is declared and flags it there', () => {
    const input = join(FIX, 'axios-generic-external-type.input.ts');
    const r = transformText({ path: 'axios-generic-external-type.input.ts', absPath: input, text: readFileSync(input, 'utf8'), rules: [retrievalAuthenticationRule], project: createProjectView(FIX) });
    expect(r.error).toBeUndefined();
    expect(r.manual.map((m) => m.message).some((m) => m.startsWith('this type describes'))).toBe(false);
    const typesPath = join(FIX, 'jumio-types.ts');
    const ext = r.external.find((x) => x.absPath === typesPath);
    expect(ext).toBeDefined();
    const after = applyEdits(readFileSync(typesPath, 'utf8'), ext!.edits);
    expect(after).toContain('  workflow: { id: string; userReference?: string };\n');
    expect(after).not.toMatch(/^\s*(transactionReference|userReference)\??:/m);
    expect(after).toContain('  transactionResult: string;\n');
    expect(ext!.manual?.[0]?.message).toMatch(/transactionResult is not in the KYX workflow details.*scanSource is not in the KYX workflow details/);
    expect(readFileSync(typesPath, 'utf8').slice(ext!.manual![0]!.pos)).toMatch(/^export interface NetverifyAuthentication/);
  });
});
