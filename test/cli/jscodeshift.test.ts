// The rules as jscodeshift transforms: jscodeshift's own runner over a repository gives byte-for-byte what
// `netverify-migrate codemod --write` gives (BOM, CRLF, markers included).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureBuilt, makeRepo, REPO, runCli, snapshot } from './helpers.js';

beforeAll(() => ensureBuilt());

describe('jscodeshift adapter', () => {
  it('gives the same files as --write', () => {
    const repo = makeRepo({
      'src/a.ts': "\uFEFFexport const u = 'https://lon.netverify.com/api/netverify/v2/scans';\r\n",
      'src/b.js': 'const x = "https://netverify.com/api/v4/initiate";\nmodule.exports = x;\n',
      'src/c.ts': 'export const nothing = 1;\n',
    });
    const viaJscodeshift = mkdtempSync(join(tmpdir(), 'nvm-jscs-'));
    cpSync(repo, viaJscodeshift, { recursive: true });
    const r = spawnSync(join(REPO, 'node_modules/.bin/jscodeshift'), [
      '--no-babel', '-t', join(DIST, 'codemods/jscodeshift/rule.js'), '--rule=legacy-endpoint',
      '--extensions=ts,js', '--parser=ts', 'src',
    ], { cwd: viaJscodeshift, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout, r.stdout + r.stderr).toMatch(/0 errors/);
    expect(r.stdout, r.stdout + r.stderr).toMatch(/2 ok/);
    expect(r.stdout).toContain('REP');
    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(snapshot(viaJscodeshift)).toEqual(snapshot(repo));
  });

  it('writes the helper module a migrated file imports (not in a dry run), as --write does', () => {
    const repo = makeRepo({
      'package.json': '{ "type": "module" }\n',
      'src/start.js': "import axios from 'axios';\n\nexport async function start(ref) {\n" +
        "  const { data } = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {\n" +
        '    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },\n  });\n  return data.redirectUrl;\n}\n',
    });
    const viaJscodeshift = mkdtempSync(join(tmpdir(), 'nvm-jscs-'));
    cpSync(repo, viaJscodeshift, { recursive: true });
    const jscodeshift = (...flags: string[]) => spawnSync(join(REPO, 'node_modules/.bin/jscodeshift'), [
      '--no-babel', '-t', join(DIST, 'codemods/jscodeshift/all.js'), '--extensions=js', ...flags, 'src',
    ], { cwd: viaJscodeshift, encoding: 'utf8' });
    const before = snapshot(viaJscodeshift);
    const dry = jscodeshift('-d');
    expect(dry.status, dry.stderr).toBe(0);
    expect(snapshot(viaJscodeshift)).toEqual(before);
    const r = jscodeshift();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('created src/kyx-auth.js');
    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(snapshot(viaJscodeshift)).toEqual(snapshot(repo));
    expect(Object.keys(snapshot(repo))).toContain('src/kyx-auth.js');
  });

  it('leaves a file alone (a jscodeshift error) when its migration also edits another file', () => {
    const repo = makeRepo({
      'src/types.ts': 'export interface JumioResponse {\n  redirectUrl: string;\n  transactionReference: string;\n}\n',
      'src/start.ts': "import axios from 'axios';\nimport type { JumioResponse } from './types';\n\nexport async function start(ref: string) {\n" +
        "  const { data } = await axios.post<JumioResponse>('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, {\n" +
        '    auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },\n  });\n  return data.redirectUrl;\n}\n',
    });
    const cli = runCli(repo, ['codemod', '--json']);
    expect(cli.stdout).toMatch(/"path": "src\/types\.ts",\s*"status": "changed"/); // the CLI migrates both files together
    const before = snapshot(repo);
    const r = spawnSync(join(REPO, 'node_modules/.bin/jscodeshift'), [
      '--no-babel', '-t', join(DIST, 'codemods/jscodeshift/all.js'), '--extensions=ts', '--parser=ts', 'src',
    ], { cwd: repo, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/its migration also edits src\/types\.ts/);
    expect(r.stdout).toMatch(/1 errors/);
    expect(snapshot(repo)).toEqual(before);
  });
});
