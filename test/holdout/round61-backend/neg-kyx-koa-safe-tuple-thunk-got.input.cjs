'use strict';
// Tanjong Rakyat Capital (Singapore): an investor confirms a switch between funds above S$20,000 with a face login
// against the KYX account created at onboarding (we store the account id and the ID credential id then). Koa 2 +
// @koa/router, got 11 (CommonJS), the KYX OAuth2 token from our own client-credentials module.
// Third-party failures are values here: safe() answers [error, value] and the route decides what they mean.
const Router = require('@koa/router');
const got = require('got');
const { kyxToken } = require('./kyx-client-credentials.cjs');
const { findFundSwitch, saveFundSwitchFaceLogin } = require('./db.cjs');

async function safe(fn) {
  try {
    return [null, await fn()];
  } catch (error) {
    return [error, undefined];
  }
}

const router = new Router({ prefix: '/fund-switches' });

router.post('/:switchId/face-login', async (ctx) => {
  const fundSwitch = await findFundSwitch(ctx.params.switchId, ctx.state.investor.id);
  if (!fundSwitch) ctx.throw(404, 'no such fund switch');
  const { investor } = fundSwitch;

  const [error, started] = await safe(async () =>
    got
      .put(`https://account.apac-1.jumio.ai/api/v1/accounts/${investor.kyxAccountId}`, {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${await kyxToken('apac-1')}`,
          'User-Agent': 'TanjongRakyat-Investor/1.6',
        },
        json: {
          customerInternalReference: investor.investorNo,
          workflowDefinition: { key: 9, credentials: [{ id: investor.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
          userReference: investor.investorNo,
          web: {
            successUrl: `https://invest.tanjongrakyat.example/switches/${fundSwitch.id}/confirmed`,
            errorUrl: `https://invest.tanjongrakyat.example/switches/${fundSwitch.id}/not-confirmed`,
            locale: 'en-GB',
          },
          tokenLifetime: '10m',
        },
        // Every PUT starts a new workflow execution: never resend it.
        retry: { limit: 0 },
      })
      .json(),
  );

  if (error) {
    console.warn(`fund switch ${fundSwitch.id}: face login not started`, error.message);
    ctx.status = 502;
    ctx.body = { error: 'face login unavailable, your switch is kept pending' };
    return;
  }

  await saveFundSwitchFaceLogin(fundSwitch.id, {
    kyxAccountId: started.account.id,
    workflowExecutionId: started.workflowExecution.id,
    startedAt: started.timestamp,
  });
  ctx.status = 201;
  ctx.body = { faceLoginUrl: started.web.href };
});

module.exports = router;
