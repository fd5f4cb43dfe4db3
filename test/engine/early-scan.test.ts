// The run's early scan (discover, read, prefilter in a worker thread while the rules load) must give exactly the
// in-process scan, and must never be used with a prefilter other than the loaded rules' own. The worker exists only
// in the build, so the build's modules are loaded here (npm test builds first).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFiles } from '../../codemods/engine/scan-files.js';
import { prefilterSpec } from '../../codemods/engine/prefilter.js';
import { SCRIPT_KIND } from '../../codemods/engine/file-kinds.js';
import { rules } from '../../codemods/rules/index.js';
import { ts } from 'ts-morph';

const ROOT = resolve(import.meta.dirname, '../..');
const built = (m: string) => import(pathToFileURL(join(ROOT, 'dist/codemods/engine', m)).href);
const { startEarlyScan, PREFILTER_MANIFEST } = (await built('early-scan.js')) as typeof import('../../codemods/engine/early-scan.js');

const dir = mkdtempSync(join(tmpdir(), 'nvm-early-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (rel: string, text: string | Buffer) => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
put('src/jumio.ts', "await fetch('https://netverify.com/api/authentication/v1/web/initiate');\n");
put('src/plain.ts', 'export const sum = (a: number, b: number) => a + b;\n');
put('src/frame.html', '<iframe src="x"></iframe>\n');
put('src/binary.js', Buffer.from([0x6e, 0x65, 0x74, 0, 1, 2]));
put('src/latin1.js', Buffer.from([0x2f, 0x2f, 0xe9, 0x0a]));
put('views/page.cshtml', '<div>@Model.X</div>\n');
put('ignored/skip.ts', "const u = 'netverify';\n");
put('.gitignore', 'ignored/\n');
symlinkSync(join(dir, 'src/jumio.ts'), join(dir, 'src/link.ts'));

describe('early scan', () => {
  const input = { cwd: dir, paths: [] as string[], root: dir };
  const spec = prefilterSpec(rules);

  it('the build wrote the registry rules\' prefilter strings', () => {
    const manifest = JSON.parse(readFileSync(PREFILTER_MANIFEST, 'utf8')) as { id: string; prefilter: string[] }[];
    expect(manifest.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(manifest.map((r) => r.prefilter)).toEqual(rules.map((r) => r.prefilter));
  });

  it('gives exactly the in-process scan: candidates with their text, unchanged, skipped with reasons, templates', async () => {
    const early = startEarlyScan(input);
    expect(early).toBeDefined();
    const got = await early!.result(spec);
    const want = scanFiles({ ...input, spec });
    expect(got).toEqual(want);
    expect(want.candidates.map((c) => c.path).sort()).toEqual(['src/frame.html', 'src/jumio.ts']);
    expect(want.skipped.map((s) => `${s.path}: ${s.reason}`).sort()).toEqual([
      'src/binary.js: binary file', 'src/latin1.js: not valid UTF-8', 'src/link.ts: symbolic link (never followed)']);
    expect(want.templates.map((t) => t.path)).toEqual(['views/page.cshtml']);
  });

  it('with --rules, scans with those rules\' strings only', async () => {
    const chosen = rules.filter((r) => r.id === 'iframe-allow');
    const got = await startEarlyScan(input, ['iframe-allow'])!.result(prefilterSpec(chosen));
    expect(got?.candidates.map((c) => c.path)).toEqual(['src/frame.html']);
  });

  it('is not used when the loaded rules filter differently (stale build, in-house rules)', async () => {
    const other = prefilterSpec([...rules, { kinds: ['script'], prefilter: ['sum ='] }]);
    expect(await startEarlyScan(input)!.result(other)).toBeUndefined();
    // an unknown rule id: the runner reports it after loading the rules; no early scan
    expect(startEarlyScan(input, ['no-such-rule'])).toBeUndefined();
  });

  it('leaves any other failure of the worker to the in-process scan, which reports it as a run without the worker would', async () => {
    const broken = { ...input, root: 42 as unknown as string };
    expect(await startEarlyScan(broken)!.result(spec)).toBeUndefined();
    expect(() => scanFiles({ ...broken, spec })).toThrow(TypeError);
  });

  it('reports a missing path as a usage error, as the in-process scan does', async () => {
    await expect(startEarlyScan({ ...input, paths: ['nope'] })!.result(spec)).rejects.toThrow(/path not found: nope/);
    expect(() => scanFiles({ ...input, paths: ['nope'], spec })).toThrow(/path not found: nope/);
  });
});

it('file-kinds spells ts.ScriptKind without loading the compiler: the values are the compiler\'s', () => {
  expect(SCRIPT_KIND).toEqual({ JS: ts.ScriptKind.JS, JSX: ts.ScriptKind.JSX, TS: ts.ScriptKind.TS, TSX: ts.ScriptKind.TSX });
});
