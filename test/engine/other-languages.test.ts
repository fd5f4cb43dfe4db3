// Legacy calls outside the JavaScript the codemod rewrites, line readers: code in other languages and configuration
// (text-scan.ts), and the server code of pages (rules/legacy-endpoint/server-code.ts). They passed silently before;
// the real binary over the same code is test/cli/other-languages.test.ts.
import { describe, expect, it } from 'vitest';
import { scanConfigText } from '../../codemods/engine/text-scan.js';
import { transformText } from '../../codemods/engine/run-on-text.js';
import { legacyEndpointRule } from '../../codemods/rules/legacy-endpoint/index.js';
import { GO, JAVA, LARAVEL, PYTHON } from '../support/other-language-corpus.js';

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

  it('compile-to-JS and other languages: Elm, ReScript, LiveScript, C++ are listed, their comments are not', () => {
    const elm = ['-- https://lon.netverify.com/api/authentication/v1/web/initiate (the old endpoint)', 'module Kyc exposing (start)', '', 'start ref =',
      '    Http.post { url = "https://lon.netverify.com/api/authentication/v1/web/initiate", body = Http.jsonBody (encode ref) }', ''].join('\n');
    const items = scanConfigText('src/Kyc.elm', elm);
    expect(lines(items)).toEqual([5]);
    expect(items[0]!.message).toMatch(/^in Elm code, which the codemod does not rewrite/);
    expect(lines(scanConfigText('src/Kyc.res', '// https://netverify.com\nlet url = `${base}/api/netverify/v2/authentications/${ref}`\n'))).toEqual([2]);
    expect(lines(scanConfigText('src/kyc.ls', '# https://netverify.com\nurl = "https://netverify.com/api/v4/initiate"\n'))).toEqual([2]);
    expect(lines(scanConfigText('native/jumio.cpp', '// https://netverify.com\nconst char* kUrl = "https://netverify.com/api/v4/initiate";\n'))).toEqual([2]);
  });

  it('configuration: TOML, Terraform and Dockerfiles are read like .env and YAML', () => {
    expect(scanConfigText('Dockerfile', 'FROM node:20\nENV JUMIO_URL=https://lon.netverify.com\n').map((i) => `${i.line} ${i.message.slice(0, 16)}`)).toEqual(['2 in configuration']);
    expect(lines(scanConfigText('infra/main.tf', 'variable "jumio" {\n  default = "https://netverify.com/api/v4/initiate"\n}\n'))).toEqual([2]);
    // An Apigee ServiceCallout (the catalogue's only real Authentication-Web caller) sets host and path apart.
    const callout = '<ServiceCallout name="SC.initiateAuth">\n  <HTTPTargetConnection>\n    <Path>/api/authentication/v1/web/initiate</Path>\n' +
      '    <URL>https://lon.netverify.com</URL>\n  </HTTPTargetConnection>\n  <Other>https://proxy.acme.example/api/authentication/v1/web/initiate</Other>\n</ServiceCallout>\n';
    const items = scanConfigText('apiproxy/policies/SC.initiateAuth.xml', callout);
    expect(lines(items)).toEqual([3, 4]);
    expect(items[0]!.message).toMatch(/^in configuration: legacy Jumio initiate path \/api\/authentication\/v1\/web\/initiate, its host set elsewhere/);
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

