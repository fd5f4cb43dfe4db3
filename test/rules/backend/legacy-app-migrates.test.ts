// fixtures/legacy-app's backend, migrated by the two initiate rules exactly as the engine runs them, still
// type-checks under its own tsconfig (NodeNext, strict) with the helper module the rules write.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { transformText } from '../../../codemods/engine/run-on-text.js';
import { createProjectView } from '../../../codemods/engine/project-view.js';
import { findRule } from '../../../codemods/rules/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const APP = join(ROOT, 'fixtures/legacy-app');
const base = join(ROOT, 'node_modules/.cache');
mkdirSync(base, { recursive: true });
const work = mkdtempSync(join(base, 'nvm-legacy-app-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(existsSync(join(APP, 'src')))('fixtures/legacy-app backend', () => {
  it('migrates (PUT with Bearer for the authentication, POST account create for the enrolment) and type-checks', () => {
    cpSync(join(APP, 'src'), join(work, 'src'), { recursive: true });
    cpSync(join(APP, 'tsconfig.json'), join(work, 'tsconfig.json'));
    cpSync(join(APP, 'package.json'), join(work, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
    const rules = ['initiate-authentication', 'initiate-enrollment'].map((id) => findRule(id)!);
    const changed: string[] = [];
    for (const f of readdirSync(join(work, 'src')).filter((x) => x.endsWith('.ts'))) {
      const abs = join(work, 'src', f);
      const r = transformText({ path: `src/${f}`, absPath: abs, text: readFileSync(abs, 'utf8'), rules, project: createProjectView(work) });
      expect(r.error).toBeUndefined();
      if (!r.changed) continue;
      changed.push(f);
      writeFileSync(abs, r.output);
      for (const n of r.newFiles) if (!existsSync(n.absPath)) writeFileSync(n.absPath, n.text);
    }
    expect(changed.sort()).toEqual(['jumio-authentication.ts', 'jumio-enrolment.ts']);
    const auth = readFileSync(join(work, 'src/jumio-authentication.ts'), 'utf8');
    expect(auth).toContain("`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`");
    expect(auth).toContain("method: 'PUT'");
    expect(auth).toContain("Authorization: `Bearer ${await kyxAccessToken('emea-1')}`");
    expect(auth).not.toMatch(/redirectUrl|transactionReference|tokenLifetimeInMinutes/);
    const enrol = readFileSync(join(work, 'src/jumio-enrolment.ts'), 'utf8');
    expect(enrol).toContain("'https://account.emea-1.jumio.ai/api/v1/accounts'");
    expect(enrol).toContain('workflowDefinition: { key: 3 }');
    expect(existsSync(join(work, 'src/kyx-auth.ts'))).toBe(true);

    const parsed = ts.getParsedCommandLineOfConfigFile(join(work, 'tsconfig.json'), { noEmit: true }, {
      ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined,
    })!;
    const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true, typeRoots: [join(ROOT, 'node_modules/@types')] });
    const diags = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diags).toEqual([]);
  });
});
