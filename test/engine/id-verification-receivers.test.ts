// The receiver of the legacy ID Verification callback behind a migrated v4 enrolment's callbackUrl gets a manual item
// in its own file (callback-handler/id-verification-receivers.ts): the enrolment rule's item sits at the call, often
// in another file. Linked by the route the callbackUrl spells; a receiver no v4 initiate of the run posts to (its
// enrolment is elsewhere) and another vendor's webhook stay untouched. Real runs of the codemod over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const ENROLL = (path: string) => `const axios = require('axios');

async function createIdCheck(userId) {
  const { data } = await axios.post('https://lon.netverify.com/api/v4/initiate', {
    customerInternalReference: userId,
    workflowId: 200,
    callbackUrl: \`\${process.env.PUBLIC_URL}${path}\`,
  }, {
    auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET },
  });
  return data.redirectUrl;
}
module.exports = { createIdCheck };
`;
const EXPRESS = `const express = require('express');
const users = require('../users');

const router = express.Router();

router.post('/jumio-idv', express.urlencoded({ extended: false }), async (req, res) => {
  const { verificationStatus, jumioIdScanReference, idScanStatus, customerId } = req.body;
  if (verificationStatus === 'APPROVED_VERIFIED' && idScanStatus === 'SUCCESS') await users.markVerified(customerId, jumioIdScanReference);
  else await users.markRejected(customerId, verificationStatus);
  res.sendStatus(200);
});

module.exports = router;
`;
const NEST = `import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { KycService } from './kyc.service';

@Controller('kyc')
export class KycCallbackController {
  constructor(private readonly kyc: KycService) {}

  @Post('netverify-callback')
  @HttpCode(200)
  async receive(@Body() body: { jumioIdScanReference: string; verificationStatus: string; idScanStatus: string; merchantIdScanReference?: string }) {
    if (body.idScanStatus !== 'SUCCESS') return this.kyc.fail(body.merchantIdScanReference, body.verificationStatus);
    return this.kyc.approve(body.merchantIdScanReference, body.jumioIdScanReference);
  }
}
`;
const OTHER_VENDOR = `const express = require('express');
const router = express.Router();

router.post('/jumio-idv', express.json(), async (req, res) => {
  const { verificationStatus, scanStatus, identificationId } = req.body;
  await req.app.locals.kyc.record(identificationId, verificationStatus, scanStatus);
  res.sendStatus(204);
});

module.exports = router;
`;
// A real integration's shape: the enrolment and its receiver in one Express router, the callbackUrl absolute, the
// receiver checking only verificationStatus against legacy values (no jumioIdScanReference, no idScanStatus).
const ONE_ROUTER = (status: string, route = '/kyc/completed') => `const express = require('express');
const request = require('request');
const User = require('../models/user');

const router = express.Router();

router.get('/kyc', (req, res) => {
  const options = {
    url: 'https://netverify.com/api/v4/initiate',
    method: 'POST',
    json: true,
    body: { customerInternalReference: 'SHOPGENERATED', userReference: req.user.id, callbackUrl: 'https://shop.example.org/kyc/completed' },
    auth: { user: process.env.NV_TOKEN, password: process.env.NV_SECRET },
  };
  request(options, (err, response, body) => {
    if (err || response.statusCode !== 200) return res.send('could not start the check');
    res.render('kyc', { redirectUrl: body.redirectUrl });
  });
});

router.post('${route}', (req, res) => {
  const ok = req.body.verificationStatus !== '${status}' && req.body.verificationStatus !== 'REVIEW_PENDING';
  User.updateOne({ id: req.body.customerId }, { verified: ok }, () => res.sendStatus(200));
});

module.exports = router;
`;
// hapi route configuration objects: exported for server.route (handler under options), and given to it in place.
const HAPI_EXPORTED = `module.exports = {
  method: 'POST',
  path: '/webhooks/jumio-idv',
  options: {
    auth: false,
    handler: async (request, h) => {
      const form = request.payload;
      await request.server.methods.saveKyc(form.jumioIdScanReference, { status: form.verificationStatus, idStatus: form.idScanStatus });
      return h.response('OK');
    },
  },
};
`;
const HAPI_IN_PLACE = `export function register(server) {
  server.route({
    method: 'POST',
    path: '/webhooks/jumio-idv',
    handler: (request) => request.server.methods.saveKyc(request.payload.jumioIdScanReference, request.payload.idScanStatus),
  });
}
`;
const ITEM = 'callback-handler: legacy Jumio ID Verification callback (form fields';

const run = tempRepoRunner('nvm-idv-');

describe('ID Verification callback receivers behind a migrated enrolment', () => {
  it('an Express router (mounted under a prefix) and a Nest controller get the item in their own file', async () => {
    let out = await run({ 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv'), 'src/webhooks/jumio.js': EXPRESS });
    expect(out('src/webhooks/jumio.js')).toContain(`// TODO(netverify-migrate): ${ITEM} verificationStatus, jumioIdScanReference, idScanStatus, customerId)`);
    expect(out('src/kyc/enroll.js')).toContain('its callbackUrl now receives KYX callbacks');
    out = await run({ 'src/kyc/enroll.js': ENROLL('/api/kyc/netverify-callback'), 'src/kyc/kyc-callback.controller.ts': NEST });
    expect(out('src/kyc/kyc-callback.controller.ts')).toContain(ITEM);
  });

  it('a hapi route configuration object (handler, or options.handler) on the route the callbackUrl spells', async () => {
    for (const receiver of [HAPI_EXPORTED, HAPI_IN_PLACE]) {
      let out = await run({ 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv'), 'src/routes/jumio.js': receiver });
      expect(out('src/routes/jumio.js')).toContain(ITEM);
      out = await run({ 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv-v2'), 'src/routes/jumio.js': receiver });
      expect(out('src/routes/jumio.js')).toBe(receiver);
    }
  });

  it('no item when no v4 initiate of the run posts there, nor for another vendor webhook on that route', async () => {
    const cases: Record<string, string>[] = [{ 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv-v2'), 'src/webhooks/jumio.js': EXPRESS },
      { 'src/webhooks/jumio.js': EXPRESS }, { 'src/kyc/enroll.js': ENROLL('/webhooks/jumio-idv'), 'src/webhooks/jumio.js': OTHER_VENDOR }];
    for (const files of cases) {
      const out = await run(files);
      expect(out('src/webhooks/jumio.js'), Object.keys(files).join()).toBe(files['src/webhooks/jumio.js']);
    }
  });

  it('a receiver comparing verificationStatus with a legacy value, on the route a v4 initiate of its file posts to', async () => {
    let out = await run({ 'routes/kyc.js': ONE_ROUTER('NO_ID_UPLOADED') });
    expect(out('routes/kyc.js')).toContain(`// TODO(netverify-migrate): ${ITEM} verificationStatus, customerId)`);
    expect(out('routes/kyc.js')).toContain("url: 'https://account.amer-1.jumio.ai/api/v1/accounts'");
    // Not a legacy status value; or another route than the callbackUrl's: the receiver stays untouched.
    for (const [status, route] of [['DECLINED', '/kyc/completed'], ['NO_ID_UPLOADED', '/kyc/finished']]) {
      out = await run({ 'routes/kyc.js': ONE_ROUTER(status!, route) });
      expect(out('routes/kyc.js'), `${status} ${route}`).not.toContain(ITEM);
      expect(out('routes/kyc.js')).toContain("url: 'https://account.amer-1.jumio.ai/api/v1/accounts'");
    }
  });
});
