// Legacy calls outside the JavaScript the codemod rewrites: a Go, Python, Java … backend beside it, and the server
// code of pages (a Laravel class file is a PHP "page" whose code the HTML parse blanks). They passed silently —
// nothing in `codemod`'s report, nothing in `scan`, `--check` green — and are now listed, never written to. Unit
// checks of the line readers, then the real binary in temporary git repositories.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanConfigText } from '../../codemods/engine/text-scan.js';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { legacyEndpointRule } from '../../codemods/rules/legacy-endpoint/index.js';
import { ensureBuilt, makeRepo, runCli } from './helpers.js';
import { validateReportV1 } from './report-schema.js';

beforeAll(() => ensureBuilt());

const PYTHON = [
  'import requests',
  '# Docs: https://lon.netverify.com/api/netverify/v2/authentications/{ref}',
  'JUMIO_BASE = settings.JUMIO_BASE',
  'def start(ref):',
  '    r = requests.post(f"{JUMIO_BASE}/api/authentication/v1/web/initiate", json={"enrollmentTransactionReference": ref})',
  '    return r.json()["redirectUrl"]',
  'def result(ref):',
  '    return requests.get(JUMIO_BASE + "/api/netverify/v2/authentications/" + ref).json()',
  'def onfido():',
  '    return requests.post("https://api.onfido.com/v3/applicants")',
  '',
].join('\n');

const GO = 'package kyc\n\n// initURL was https://netverify.com/api/v4/initiate before the move\nconst initURL = "https://lon.netverify.com/api/v4/initiate"\n';

const JAVA = [
  'class JumioClient {',
  '  String auth = String.format("%s/api/authentication/v1/web/initiate", host);',
  '  String own = "https://proxy.acme.example/api/authentication/v1/web/initiate";',
  '}',
  '',
].join('\n');

const LARAVEL = [
  '<?php',
  'namespace App\\Services;',
  '',
  'use Illuminate\\Support\\Facades\\Http;',
  '',
  'class JumioService',
  '{',
  "    // was 'https://netverify.com/api/v4/initiate'",
  '    public function start(string $ref): string',
  '    {',
  "        $res = Http::withBasicAuth(config('jumio.token'), config('jumio.secret'))",
  "            ->post('https://lon.netverify.com/api/authentication/v1/web/initiate', ['enrollmentTransactionReference' => $ref]);",
  "        return $res->json('redirectUrl');",
  '    }',
  '',
  '    public function result(string $ref): array',
  '    {',
  "        return Http::get($this->base . '/api/netverify/v2/authentications/' . $ref)->json();",
  '    }',
  '}',
  '',
].join('\n');

const lines = (items: { line: number }[]): number[] => items.map((i) => i.line);

describe('line readers', () => {
  it('other languages: URLs and the two Jumio-only paths outside comments; other hosts and vendors are not reported', () => {
    const py = scanConfigText('app/kyc/views.py', PYTHON);
    expect(lines(py)).toEqual([5, 8]);
    expect(py[0]!.message).toMatch(/^in Python code, which the codemod does not rewrite \(migrate it by hand, or point its legacy base URL at the shim: netverify-migrate shim serve\): legacy Jumio initiate path \/api\/authentication\/v1\/web\/initiate/);
    expect(py[1]!.message).toMatch(/legacy Jumio authentication retrieval path \/api\/netverify\/v2\/authentications/);
    const go = scanConfigText('svc/jumio.go', GO);
    expect(lines(go)).toEqual([4]);
    expect(go[0]!.message).toMatch(/^in Go code, .*lon\.netverify\.com\/api\/v4\/initiate/);
    expect(lines(scanConfigText('src/main/java/JumioClient.java', JAVA))).toEqual([2]);
  });

  it('configuration: TOML, Terraform and Dockerfiles are read like .env and YAML', () => {
    expect(scanConfigText('Dockerfile', 'FROM node:20\nENV JUMIO_URL=https://lon.netverify.com\n').map((i) => `${i.line} ${i.message.slice(0, 16)}`)).toEqual(['2 in configuration']);
    expect(lines(scanConfigText('infra/main.tf', 'variable "jumio" {\n  default = "https://netverify.com/api/v4/initiate"\n}\n'))).toEqual([2]);
  });

  it('a PHP class file (its tag never closed): each legacy line is a report-only item, comments are not, the file is unchanged', () => {
    const r = transformText({ path: 'app/Services/JumioService.php', absPath: '/repo/app/Services/JumioService.php', text: LARAVEL, rules: [legacyEndpointRule] });
    expect(r.error).toBeUndefined();
    expect(r.changed).toBe(false);
    expect(r.manual.map((m) => m.line)).toEqual([12, 18]);
    expect(r.manual[0]!.message).toMatch(/^in PHP code, which the codemod does not rewrite .*lon\.netverify\.com\/api\/authentication\/v1\/web\/initiate/);
  });

  it('a PHP page: a URL in an attribute is reported once (by the markup scan), one in a <?php block once, an Onfido call not at all', () => {
    const page = [
      '<?php $token = $_SESSION["jumio_token"]; ?>',
      '<iframe src="https://acme.netverify.com/web/v4/app?authorizationToken=<?= $token ?>" allow="camera"></iframe>',
      '<?php',
      "  $url = 'https://core-sgp.jumio.com/api/netverify/v2/authentications/' . $ref;",
      "  $kyc = 'https://api.onfido.com/v3/checks';",
      '?>',
      '',
    ].join('\n');
    const r = transformText({ path: 'public/kyc.php', absPath: '/repo/public/kyc.php', text: page, rules: [legacyEndpointRule] });
    expect(r.manual.map((m) => m.line)).toEqual([2, 4]);
    expect(r.manual[1]!.message).toMatch(/^in PHP code/);
    expect(r.manual[0]!.message).not.toMatch(/^in PHP code/);
  });

  it('JSP and ERB scriptlets are read; an EJS tag inside a parsed inline script is not reported twice', () => {
    const jsp = '<%@ page contentType="text/html" %>\n<%\n  String url = "https://netverify.com/api/v4/initiate";\n%>\n<p>ok</p>\n';
    expect(transformText({ path: 'web/kyc.jsp', absPath: '/r/web/kyc.jsp', text: jsp, rules: [legacyEndpointRule] }).manual.map((m) => m.line)).toEqual([3]);
    const erb = "<%# https://lon.netverify.com/api/v4/initiate (comment) %>\n<% url = 'https://lon.netverify.com/api/v4/initiate' %>\n";
    expect(transformText({ path: 'app/views/kyc.html.erb', absPath: '/r/kyc.html.erb', text: erb, rules: [legacyEndpointRule] }).manual.map((m) => m.line)).toEqual([2]);
    const ejs = "<script>\n  var url = '<%= 'https://lon.netverify.com/api/v4/initiate' %>';\n</script>\n";
    expect(transformText({ path: 'views/kyc.ejs', absPath: '/r/kyc.ejs', text: ejs, rules: [legacyEndpointRule] }).manual).toHaveLength(1);
  });
});

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
