// The receiver of the legacy ID Verification callback on a parameterised route — Express '/jumio-idv/:tenant',
// a Next.js API route pages/api/idv/[tenant].ts — behind a v4 enrolment whose callbackUrl spells the parameter as a
// template substitution (`${PUBLIC_URL}/webhooks/jumio-idv/${tenantId}`) gets its item like one on a static route
// (callback-handler/id-verification-receivers.ts); it got nothing. A literal segment never stands for a parameter's
// neighbour: another route's receiver and another vendor's webhook on the same parameterised route stay untouched.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const ENROLL = (callback: string) => `const axios = require('axios');

async function createIdCheck(tenantId, userId) {
  const { data } = await axios.post('https://lon.netverify.com/api/v4/initiate', {
    customerInternalReference: userId,
    workflowId: 200,
    callbackUrl: \`\${process.env.PUBLIC_URL}${callback}\`,
  }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.redirectUrl;
}
module.exports = { createIdCheck };
`;
const EXPRESS = (route: string) => `const express = require('express');
const users = require('../users');

const router = express.Router();

router.post('${route}', express.urlencoded({ extended: false }), async (req, res) => {
  const { verificationStatus, jumioIdScanReference, idScanStatus, customerId } = req.body;
  if (verificationStatus === 'APPROVED_VERIFIED' && idScanStatus === 'SUCCESS') await users.markVerified(req.params.tenant, customerId, jumioIdScanReference);
  else await users.markRejected(req.params.tenant, customerId, verificationStatus);
  res.sendStatus(200);
});

module.exports = router;
`;
const NEXT = `import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { jumioIdScanReference, idScanStatus, verificationStatus } = req.body;
  await fetch(\`https://internal.example/tenants/\${req.query.tenant}/kyc\`, { method: 'POST', body: JSON.stringify({ jumioIdScanReference, idScanStatus, verificationStatus }) });
  res.status(200).end();
}
`;
const OTHER_VENDOR = `const express = require('express');
const router = express.Router();

router.post('/jumio-idv/:tenant', express.json(), async (req, res) => {
  const { verificationStatus, scanStatus, identificationId } = req.body;
  await req.app.locals.kyc.record(req.params.tenant, identificationId, verificationStatus, scanStatus);
  res.sendStatus(204);
});

module.exports = router;
`;
const ITEM = 'callback-handler: legacy Jumio ID Verification callback (form fields';

const run = tempRepoRunner('nvm-idv-param-');

describe('ID Verification callback receivers on parameterised routes', () => {
  it('an Express :param route and a Next.js [param] API route get the item', async () => {
    let out = await run({ 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv/${tenantId}'), 'src/webhooks/jumio.js': EXPRESS('/jumio-idv/:tenant') });
    expect(out('src/webhooks/jumio.js')).toContain(`// TODO(netverify-migrate): ${ITEM}`);
    out = await run({ 'src/kyc/enroll.js': ENROLL('/api/idv/${tenantId}'), 'pages/api/idv/[tenant].ts': NEXT });
    expect(out('pages/api/idv/[tenant].ts')).toContain(ITEM);
  });

  // The route of any file-system route file counts (callback-handler/file-route.ts), not only Next.js pages/api:
  // a SvelteKit +server.ts, an app-router route.ts outside /api, a Nuxt server route; it got nothing.
  it('file-system route files of other frameworks get the item (SvelteKit, Next.js app router, Nuxt)', async () => {
    const SVELTE = `import type { RequestHandler } from './$types';
import { markVerified } from '$lib/server/users';

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const verificationStatus = String(form.get('verificationStatus'));
  const jumioIdScanReference = String(form.get('jumioIdScanReference'));
  if (verificationStatus === 'APPROVED_VERIFIED') await markVerified(jumioIdScanReference);
  return new Response(null, { status: 200 });
};
`;
    const NUXT = `export default defineEventHandler(async (event) => {
  const { verificationStatus, jumioIdScanReference, idScanStatus } = await readBody(event);
  await useStorage('kyc').setItem(jumioIdScanReference, { verificationStatus, idScanStatus });
  return 'OK';
});
`;
    for (const [file, text, callback] of [
      ['src/routes/webhooks/jumio-idv/+server.ts', SVELTE, '/webhooks/jumio-idv'],
      ['app/webhooks/jumio-idv/route.ts', SVELTE, '/webhooks/jumio-idv'],
      ['server/api/kyc/jumio-idv.post.ts', NUXT, '/api/kyc/jumio-idv'],
    ] as const) {
      const out = await run({ 'src/kyc/enroll.js': ENROLL(callback), [file]: text });
      expect(out(file), file).toContain(ITEM);
      // …and only behind a v4 enrolment that posts there
      expect((await run({ 'src/kyc/enroll.js': ENROLL('/webhooks/other-idv'), [file]: text }))(file), file).toBe(text);
    }
  });

  it('no item for a route the callbackUrl does not spell, nor for another vendor on that route', async () => {
    const cases: Record<string, string>[] = [
      { 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv/${tenantId}/v2'), 'src/webhooks/jumio.js': EXPRESS('/jumio-idv/:tenant') },
      { 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv/fixed'), 'src/webhooks/jumio.js': EXPRESS('/jumio-idv/:tenant/:id') },
      { 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv/${tenantId}'), 'src/webhooks/jumio.js': OTHER_VENDOR },
    ];
    for (const files of cases) {
      const out = await run(files);
      expect(out('src/webhooks/jumio.js'), JSON.stringify(files['src/kyc/enroll.js'].match(/callbackUrl.*/)?.[0])).toBe(files['src/webhooks/jumio.js']);
    }
  });
});
