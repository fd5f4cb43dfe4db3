// A legacy details type declared in another module is rewritten there (external edits), and its manual item
// goes with it — not onto an unrelated line of the file being processed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('a details type in another module that a flagged retrieval of the same file also reads', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const calls = `import axios from 'axios';
import type { FaceLoginDetails } from './types';

const auth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function userOf(ref: string): Promise<string> {
  const res = await axios.get<FaceLoginDetails>(\`https://netverify.com/api/netverify/v2/authentications/\${ref}\`, { auth });
  return res.data.userReference;
}

export async function resultFrom(ref: string): Promise<string> {
  const res = await axios.get<FaceLoginDetails>(\`\${process.env.JUMIO_BASE ?? 'https://netverify.com'}/api/netverify/v2/authentications/\${ref}\`, { auth });
  return \`\${res.data.transactionReference}: \${res.data.transactionResult}\`;
}
`;
  const runOn = (types: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'nvm-shared-type-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'types.ts'), types);
    writeFileSync(join(dir, 'calls.ts'), calls);
    return { dir, r: transformText({ path: 'calls.ts', absPath: join(dir, 'calls.ts'), text: calls, rules: [retrievalAuthenticationRule], project: createProjectView(dir) }) };
  };

  it('standing alone: the migrated call reads a KYX copy declared in its file; the module keeps the type, with an item', () => {
    const { dir, r } = runOn('export interface FaceLoginDetails {\n  transactionReference: string;\n  transactionResult: string;\n  userReference: string;\n}\n');
    expect(r.error).toBeUndefined();
    expect(r.output).toContain('interface KyxFaceLoginDetails {\n  workflow: { id: string; userReference: string };\n  transactionResult: string;\n}\n');
    expect(r.output).toContain('await axios.get<KyxFaceLoginDetails>(`https://retrieval.amer-1.jumio.ai/');
    expect(r.output).toContain('await axios.get<FaceLoginDetails>(`${process.env.JUMIO_BASE');
    expect(r.manual.map((m) => m.message)).toContainEqual(expect.stringMatching(/reads KyxFaceLoginDetails, a KYX-shaped copy of FaceLoginDetails \(imported from '\.\/types'\)/));
    const ext = r.external.find((x) => x.absPath === join(dir, 'types.ts'));
    expect(ext?.edits).toEqual([]);
    expect(ext?.manual?.map((m) => m.message)).toEqual([expect.stringMatching(/now reads KyxFaceLoginDetails, a KYX-shaped copy declared in calls\.ts/)]);
  });

  it('naming another type of its module: not copied; the migrated call gets an item naming the type and its module', () => {
    const { dir, r } = runOn("export type Channel = 'WEB' | 'SDK';\nexport interface FaceLoginDetails {\n  transactionReference: string;\n  transactionResult: string;\n  userReference: string;\n  channel: Channel;\n}\n");
    expect(r.error).toBeUndefined();
    expect(r.output).not.toContain('interface KyxFaceLoginDetails');
    expect(r.output).toContain('await axios.get<FaceLoginDetails>(`https://retrieval.amer-1.jumio.ai/');
    expect(r.manual.map((m) => m.message)).toContainEqual(expect.stringMatching(/^FaceLoginDetails \(imported from '\.\/types'\) describes the legacy retrieval details and keeps that shape: the legacy retrieval at line 12 of calls\.ts is flagged.*give it a KYX-shaped type of its own \(workflow\.id, workflow\.userReference\)/));
    const ext = r.external.find((x) => x.absPath === join(dir, 'types.ts'));
    expect(ext?.edits).toEqual([]);
    expect(ext?.manual?.map((m) => m.message)).toEqual([expect.stringMatching(/needs a KYX-shaped type of its own/)]);
  });
});
