// Identity step of the German branch onboarding (Koa 2 + @koa/router, CommonJS, needle's promise API). Jumio posts
// the verification result to the bank's own hook.
const Router = require('@koa/router');
const needle = require('needle');
const { saveKycCase } = require('./store.js');

const router = new Router();

router.post('/kyc/sessions', async (ctx) => {
  const { applicantId, caseNumber } = ctx.request.body;
  const resp = await needle.post(
    'https://lon.netverify.com/api/v4/initiate',
    {
      customerInternalReference: caseNumber,
      userReference: applicantId,
      reportingCriteria: 'de-branch-onboarding',
      workflowId: 101,
      presets: [{ index: 1, country: 'DEU', type: 'ID_CARD' }],
      locale: 'de',
      callbackUrl: 'https://api.acme-bank.de/kyc/idv-callback',
    },
    {
      json: true,
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Acme Bank DE/3.2' },
    },
  );
  if (resp.statusCode !== 200) ctx.throw(502, 'identity provider unavailable');
  await saveKycCase(applicantId, resp.body.transactionReference);
  ctx.body = { link: resp.body.redirectUrl };
});

module.exports = router;
