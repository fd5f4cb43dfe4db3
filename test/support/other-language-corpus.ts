// Customer-style code in other languages, shared by test/engine/other-languages.test.ts and test/cli/other-languages.test.ts.
export const PYTHON = [
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

export const GO = 'package kyc\n\n// initURL was https://netverify.com/api/v4/initiate before the move\nconst initURL = "https://lon.netverify.com/api/v4/initiate"\n';

export const JAVA = [
  'class JumioClient {',
  '  String auth = String.format("%s/api/authentication/v1/web/initiate", host);',
  '  String own = "https://proxy.acme.example/api/authentication/v1/web/initiate";',
  '}',
  '',
].join('\n');

export const LARAVEL = [
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

