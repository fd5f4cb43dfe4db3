// Discovery (nested .gitignore, default excludes, --ignore, symlinks), worker threads giving the same result as
// in-process, and the `scan` and `rules` commands, through the real binary.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, git, makeRepo, runCli } from './helpers.js';
import { pathToFileURL } from 'node:url';

const LOADED_PROBE = pathToFileURL(join(import.meta.dirname, 'report-loaded.mjs')).href;
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const LEGACY = "export const u = 'https://netverify.com/api/v4/initiate';\n";

describe('discovery', () => {
  it('honours nested .gitignore (with negation), default excludes and --ignore; never follows symlinked dirs', () => {
    const repo = makeRepo({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'src/a.ts': LEGACY,
      'src/x.gen.ts': LEGACY,
      'generated/g.ts': LEGACY,
      'pkg/.gitignore': 'local/\n!keep.gen.ts\n',
      'pkg/local/l.ts': LEGACY,
      'pkg/keep.gen.ts': LEGACY,
      'node_modules/dep/index.js': LEGACY,
      'dist/out.js': LEGACY,
      'build/out.js': LEGACY,
      'coverage/c.js': LEGACY,
      '.next/n.js': LEGACY,
      'vendor/lib.min.js': LEGACY,
      'types/t.d.ts': LEGACY,
      'extra/skip-me.ts': LEGACY,
      'notes.txt': LEGACY,
      'web/page.vue': `<template><div/></template>\n<script>\n${LEGACY}</script>\n`,
      'app/assets/javascripts/kyc.es6': LEGACY, // sprockets-es6: ES2015 sources of the legacy era are JavaScript
    });
    symlinkSync(join(repo, 'src'), join(repo, 'src-link'));
    const r = runCli(repo, ['codemod', '--json', '--ignore', 'extra/']);
    const report = JSON.parse(r.stdout);
    expect(validateReportV1(report)).toEqual([]);
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual(['app/assets/javascripts/kyc.es6', 'pkg/keep.gen.ts', 'src/a.ts', 'web/page.vue']);
    // a subdirectory run still honours the root .gitignore
    const sub = JSON.parse(runCli(join(repo, 'src'), ['codemod', '--json']).stdout);
    expect(sub.files.map((f: { path: string }) => f.path)).toEqual(['a.ts']);
  });

  it('as in git, a .gitignore pattern does not hide a file the repository tracks (--ignore still does)', () => {
    const repo = makeRepo({
      'src/environments/environment.ts': LEGACY,
      'generated/g.ts': LEGACY,
      'extra/e.ts': LEGACY,
      'src/a.ts': LEGACY,
    });
    // Listed in .gitignore after they were committed (an Angular environment file kept out of later commits).
    writeFileSync(join(repo, '.gitignore'), 'src/environments/environment.ts\ngenerated/\nextra/\n');
    writeFileSync(join(repo, 'generated/untracked.ts'), LEGACY);
    git(repo, 'add', '.gitignore');
    git(repo, 'commit', '-q', '-m', 'ignore');
    const report = JSON.parse(runCli(repo, ['codemod', '--json', '--ignore', 'extra/']).stdout);
    expect(report.files.map((f: { path: string }) => f.path).sort()).toEqual(['generated/g.ts', 'src/a.ts', 'src/environments/environment.ts']);
  });

  it('worker threads give exactly the same report as one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) {
      files[`src/m${String(i).padStart(2, '0')}.ts`] = i % 3 === 0 ? `// ${i}\n${LEGACY}const k = 'OLD_API';\n` : `export const v${i} = ${i}; // netverify.com mention only\n`;
    }
    const repo = makeRepo(files);
    const one = runCli(repo, ['codemod', '--json', '--workers', '1'], { extraRules: true });
    const two = runCli(repo, ['codemod', '--json', '--workers', '2'], { extraRules: true });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).summary.changed).toBe(20);
    const d1 = runCli(repo, ['codemod', '--workers', '1'], { extraRules: true });
    const d2 = runCli(repo, ['codemod', '--workers', '2'], { extraRules: true });
    expect(d2.stdout).toBe(d1.stdout);
    expect(d2.stderr).toContain('on 2 threads');
    expect(d1.stderr).toContain('in process');
  });
});

describe('scan and rules', () => {
  it('scan lists automatic edits, manual items and legacy hosts in config files, with file:line', () => {
    const repo = makeRepo({
      '.gitignore': '.env\n',
      'src/a.ts': "const k = 'OLD_API';\n" + LEGACY,
      '.env': 'PORT=3000\nJUMIO_BASE_URL=https://lon.netverify.com/api/v4\n',
      '.env.production': 'JUMIO_URL=https://core-sgp.jumio.com/api/authentication/v1/web/initiate\n',
      'config/app.json': '{\n  "jumio": { "initiate": "https://netverify.com/api/authentication/v1/web/initiate" }\n}\n',
      'config/app.yaml': 'jumio:\n  host: lon.netverify.com\n',
      'config/app.properties': 'payment.url=https://sandbox.sslcommerz.com/dfs-process/v4/initiate\n',
      'node_modules/x/config.json': '{ "u": "https://netverify.com/api/v4/initiate" }\n',
    });
    const r = runCli(repo, ['scan', '--json'], { extraRules: true });
    expect(r.code, r.stderr).toBe(0);
    const scan = JSON.parse(r.stdout);
    const items = scan.items.map((i: { path: string; line: number; kind: string; rule: string }) => `${i.path}:${i.line} ${i.kind} ${i.rule}`);
    expect(items).toEqual([
      '.env:2 manual legacy-endpoint',
      '.env.production:1 manual legacy-endpoint',
      'config/app.json:2 manual legacy-endpoint',
      'config/app.yaml:2 manual legacy-endpoint',
      'src/a.ts:1 automatic test-rename',
      'src/a.ts:2 manual legacy-endpoint',
    ]);
    expect(scan.summary).toMatchObject({ automatic: 1, manual: 5 });
    expect(JSON.stringify(scan)).not.toContain('PORT');
    const text = runCli(repo, ['scan'], { extraRules: true });
    expect(text.stdout).toContain('src/a.ts:1\tautomatic\ttest-rename: renamed OLD_API');
    expect(text.stdout).toContain('.env:2\tmanual\tlegacy-endpoint: in configuration: legacy Jumio API base URL lon.netverify.com/api/v4');
    // scan writes nothing
    expect(runCli(repo, ['codemod', '--check', '--rules', 'test-rename'], { extraRules: true }).code).toBe(1);
  });

  it('scan reads the other configuration formats real repositories keep legacy URLs in', () => {
    const INIT = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
    const files: Record<string, string> = {
      'config/app.json5': `{\n  // JSON5\n  jumio: { url: '${INIT}' },\n}\n`,
      '.vscode/settings.jsonc': `{\n  "jumio.url": "${INIT}"\n}\n`,
      'Api/Web.config': `<configuration>\n  <appSettings>\n    <add key="JumioUrl" value="${INIT}" />\n  </appSettings>\n</configuration>\n`,
      'deploy/kyc.service': `[Service]\nEnvironment=JUMIO_URL=${INIT}\n`,
      'requests/jumio.http': `### initiate\nPOST ${INIT}\nAuthorization: Basic {{token}}\n`,
      'docs/try.rest': `POST ${INIT}\n`,
      'deploy/production.env': `JUMIO_URL=${INIT}\n`,
      '.envrc': `export JUMIO_URL=${INIT}\n`,
    };
    const repo = makeRepo({ ...files, 'config/pay.json5': "{ url: 'https://api.stripe.com/v1/checkout' }\n" });
    const r = runCli(repo, ['scan', '--json'], { extraRules: true });
    expect(r.code, r.stderr).toBe(0);
    const found = JSON.parse(r.stdout).items.map((i: { path: string; line: number }) => `${i.path}:${i.line}`);
    expect(found).toEqual(['.envrc:1', 'Api/Web.config:3', 'config/app.json5:3', 'deploy/kyc.service:2', 'deploy/production.env:1', 'docs/try.rest:1',
      'requests/jumio.http:2', '.vscode/settings.jsonc:2'].sort());
  });

  it('scan inventories legacy hosts in page templates the codemod does not parse (Marko, Razor, …; Astro pages are parsed: astro-discovery.test.ts)', () => {
    const repo = makeRepo({
      'src/Verify.marko': '<!-- Verify.marko -->\n$ const { token } = input;\n<h1>Verify</h1>\n<iframe src="https://acme.netverify.com/web/v4/app?authorizationToken=${token}" title="kyc"></iframe>\n',
      'Views/Kyc/Index.cshtml': '@model KycModel\n<script>var url = "https://lon.netverify.com/api/authentication/v1/web/initiate";</script>\n',
      'src/Pay.marko': '<iframe src="https://checkout.example.com/pay" title="pay"></iframe>\n',
    });
    const r = runCli(repo, ['scan', '--json'], { extraRules: true });
    expect(r.code, r.stderr).toBe(0);
    const scan = JSON.parse(r.stdout) as { items: { path: string; line: number; kind: string; message: string }[] };
    expect(scan.items.map((i) => `${i.path}:${i.line} ${i.kind}`)).toEqual(['Views/Kyc/Index.cshtml:2 manual', 'src/Verify.marko:4 manual']);
    for (const i of scan.items) expect(i.message).toMatch(/^in a page template the codemod does not parse/);
  });

  it('codemod lists legacy URLs in page templates it does not parse (skipped, manual items, no marker, never written); --check fails on them', () => {
    const verify = '<!-- Verify.marko -->\n$ const { token } = input;\n<h1>Verify</h1>\n<iframe src="https://acme.netverify.com/web/v4/app?authorizationToken=${token}" title="kyc"></iframe>\n';
    const repo = makeRepo({
      'src/Verify.marko': verify,
      'Views/Kyc/Index.cshtml': '@model KycModel\n<script>var url = "https://lon.netverify.com/api/authentication/v1/web/initiate";</script>\n',
      'src/Pay.marko': '<iframe src="https://checkout.example.com/pay" title="pay"></iframe>\n',
    });
    const r = runCli(repo, ['codemod', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; files: { path: string; status: string; reason?: string; manual: { line: number; rule: string }[] }[] };
    expect(report.files.map((f) => `${f.path} ${f.status} ${f.manual.map((m) => `${m.rule}:${m.line}`).join(',')}`))
      .toEqual(['Views/Kyc/Index.cshtml skipped legacy-endpoint:2', 'src/Verify.marko skipped legacy-endpoint:4']);
    expect(report.files[1]!.reason).toMatch(/page template the codemod does not parse: 1 legacy Jumio URL/);
    expect(report.summary).toMatchObject({ skipped: 2, manual: 2, changed: 0 });
    expect(validateReportV1(report)).toEqual([]);
    // A CI gate must not pass while they are there; the summary says they carry no marker.
    const check = runCli(repo, ['codemod', '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('src/Verify.marko:4  legacy-endpoint: in a page template the codemod does not parse');
    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(readFileSync(join(repo, 'src/Verify.marko'), 'utf8')).toBe(verify);
    // Only legacy-endpoint reports them: a run of other rules does not.
    expect(runCli(repo, ['codemod', '--check', '--rules', 'test-rename'], { extraRules: true }).code).toBe(0);
  });

  it('rules lists every rule with its title; --help answers without loading the engine', () => {
    const repo = makeRepo({});
    const r = runCli(repo, ['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^legacy-endpoint +Report legacy Jumio endpoints/m);
    const json = JSON.parse(runCli(repo, ['rules', '--json']).stdout);
    expect(json.find((x: { id: string }) => x.id === 'legacy-endpoint').title).toBeTruthy();
    const help = runCli(repo, ['codemod', '--help'], { nodeArgs: ['--import', LOADED_PROBE] });
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('[loaded-compiler:false]');
    // the probe does see it when a command really runs
    expect(runCli(repo, ['rules'], { nodeArgs: ['--import', LOADED_PROBE] }).stderr).toContain('[loaded-compiler:true]');
    for (const flag of ['--write', '--json', '--check', '--rules', '--ignore', '--workers', '--allow-dirty', '--output-patch']) {
      expect(help.stdout).toContain(flag);
    }
  });

  it('--help of every command answers without loading the shim runtime (undici, SQLite, PostgreSQL); its actions do', () => {
    const repo = makeRepo({});
    for (const args of [['--help'], ['shim', '--help'], ['shim', 'serve', '--help'], ['emulator', '--help'], ['codemod', '--help']]) {
      const help = runCli(repo, args, { nodeArgs: ['--import', LOADED_PROBE] });
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout, args.join(' ')).toMatch(/netverify-migrate/);
      expect(help.stderr, args.join(' ')).toContain('[loaded-compiler:false][loaded-runtime:false]');
    }
    // the probe sees it when an action runs: `shim import` of a file with no rows opens the store
    writeFileSync(join(repo, 'map.json'), '[]');
    const run = runCli(repo, ['shim', 'import', 'map.json', '--store', `sqlite:${join(repo, 's.db')}`], { nodeArgs: ['--import', LOADED_PROBE] });
    expect(run.stdout).toContain('imported 0, rejected 0');
    expect(run.stderr).toContain('[loaded-runtime:true]');
  });
});
