// Legacy calls outside the JavaScript the codemod rewrites — a Go, Python, Java … backend beside it, and a Laravel
// class file (a PHP "page" whose code the HTML parse blanks) — through the real binary in temporary git repositories:
// listed by codemod and scan, --check fails, nothing is written. The line readers: test/engine/other-languages.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, makeRepo, runCli } from './helpers.js';
import { validateReportV1 } from './report-schema.js';
import { GO, LARAVEL, PYTHON } from '../support/other-language-corpus.js';

beforeAll(() => ensureBuilt());

const lines = (items: { line: number }[]): number[] => items.map((i) => i.line);

describe('through the binary', () => {
  it('codemod lists other-language files with legacy URLs as skipped with manual items, and a PHP class file as unchanged with its items; --check fails; --write writes none of them', () => {
    const repo = makeRepo({
      'services/kyc/views.py': PYTHON,
      'services/verify/jumio.go': GO,
      'services/verify/onfido.go': 'package kyc\nconst u = "https://api.onfido.com/v3/applicants"\n',
      'app/Services/JumioService.php': LARAVEL,
    });
    const r = runCli(repo, ['codemod', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; files: { path: string; status: string; reason?: string; manual: { line: number }[] }[] };
    expect(validateReportV1(report)).toEqual([]);
    expect(report.files.map((f) => `${f.path} ${f.status} ${lines(f.manual).join(',')}`)).toEqual([
      'app/Services/JumioService.php unchanged 12,18',
      'services/kyc/views.py skipped 5,8',
      'services/verify/jumio.go skipped 4',
    ]);
    expect(report.files[2]!.reason).toBe('Go code, which the codemod does not rewrite: 1 legacy Jumio URL(s) to migrate by hand (`netverify-migrate scan` lists them too)');
    expect(report.summary).toMatchObject({ changed: 0, manual: 5 });
    expect(runCli(repo, ['codemod', '--check']).code).toBe(1);
    expect(runCli(repo, ['codemod', '--write']).code).toBe(0);
    expect(readFileSync(join(repo, 'services/kyc/views.py'), 'utf8')).toBe(PYTHON);
    expect(readFileSync(join(repo, 'app/Services/JumioService.php'), 'utf8')).toBe(LARAVEL);
    const scan = JSON.parse(runCli(repo, ['scan', '--json']).stdout) as { items: { path: string; line: number }[] };
    expect(scan.items.map((i) => `${i.path}:${i.line}`)).toEqual([
      'app/Services/JumioService.php:12', 'app/Services/JumioService.php:18', 'services/kyc/views.py:5', 'services/kyc/views.py:8', 'services/verify/jumio.go:4',
    ]);
  });

  it('a repository whose other-language code calls another vendor stays green under --check', () => {
    const repo = makeRepo({ 'svc/onfido.go': 'package kyc\nconst u = "https://api.onfido.com/v3/applicants"\n', 'svc/app.py': 'URL = "https://netverify.example.org/api"\n' });
    const r = runCli(repo, ['codemod', '--check']);
    expect(r.code, r.stderr).toBe(0);
  });
});
