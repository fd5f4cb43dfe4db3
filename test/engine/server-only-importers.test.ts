// A shared module that builds the success URL from a public env variable (NEXT_PUBLIC_APP_URL) and that only server
// code imports — Next.js App Router route handlers — runs on the server: its legacy initiate and retrieval calls are
// migrated. They were flagged 'browser code calls the Jumio API with API credentials' (found by running the CLI on a
// hand-written Next.js 15 app: lib/jumio.ts imported by app/api/kyc/*/route.ts). analysis/browser-code.ts
// onlyServerImporters. A client page among the importers, or no importer, keeps the flag.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const LIB = `export async function startJumio(enrollmentRef: string) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(\`\${process.env.JUMIO_TOKEN}:\${process.env.JUMIO_SECRET}\`).toString('base64') },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentRef, successUrl: \`\${process.env.NEXT_PUBLIC_APP_URL}/verify/done\` }),
  });
  return res.json();
}
`;
const ROUTE = "import { NextResponse } from 'next/server';\nimport { startJumio } from '@/lib/jumio';\n\nexport async function POST(request: Request) {\n  const { ref } = await request.json();\n  const s = await startJumio(ref);\n  return NextResponse.json({ url: s.redirectUrl });\n}\n";
const HELPER = "import { startJumio } from './jumio';\n\nexport const begin = (ref: string) => startJumio(ref);\n";
const CLIENT = "'use client';\nimport { startJumio } from '@/lib/helper';\n\nexport default function Page() {\n  return <button onClick={() => startJumio('r')}>go</button>;\n}\n";
const BROWSER = 'browser code calls the Jumio API';
const base = { 'package.json': '{ "name": "web", "dependencies": { "next": "15.0.0" } }', 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }' };
const run = tempRepoRunner('nvm-server-importers-');

describe('a module with a public env variable that only server code imports', () => {
  it('imported by a route handler (directly, and through a helper module): migrated', async () => {
    const out = await run({ ...base, 'lib/jumio.ts': LIB, 'app/api/kyc/start/route.ts': ROUTE });
    expect(out('lib/jumio.ts')).toContain("method: 'PUT'");
    expect(out('lib/jumio.ts')).not.toContain(BROWSER);
    expect(out('app/api/kyc/start/route.ts')).toContain('s.web.href');
    const through = await run({ ...base, 'lib/jumio.ts': LIB, 'lib/helper.ts': HELPER, 'app/api/kyc/start/route.ts': ROUTE.replace('@/lib/jumio', '@/lib/helper').replace(/startJumio/g, 'begin') });
    expect(through('lib/jumio.ts')).toContain("method: 'PUT'");
  });

  it('a client page among the importers (through a helper), or no importer at all: still flagged', async () => {
    const client = await run({ ...base, 'lib/jumio.ts': LIB, 'lib/helper.ts': HELPER.replace('begin', 'startJumio2'), 'app/api/kyc/start/route.ts': ROUTE,
      'app/verify/page.tsx': CLIENT.replace('@/lib/helper', '@/lib/helper').replace(/startJumio/g, 'startJumio2') });
    expect(client('lib/jumio.ts')).toContain(BROWSER);
    const alone = await run({ ...base, 'lib/jumio.ts': LIB });
    expect(alone('lib/jumio.ts')).toContain(BROWSER);
  });
});
