// Wallet top-up by card for the Straits Pay wallet: the acquirer's hosted payment page. The wallet opens the returned
// page in a web view; the payment reference goes into a signed cookie so the landing page can show the right state.
import Router from '@koa/router';
import got from 'got';

const HPP_INITIATE = 'https://api.meridianpay.example/api/v2/hosted-payments/initiate';
const SUPPORTED_LOCALES = ['en', 'zh-CN', 'ms', 'ta'];

// Creates the hosted payment. Hands back the acquirer's answer together with the request id of the call: the
// acquirer's support desk asks for it when a payment is disputed.
async function startTopUp(member, amountMinor, locale) {
  const res = await got.post(HPP_INITIATE, {
    json: {
      merchantAccount: process.env.MERIDIAN_MERCHANT_ACCOUNT,
      amount: { value: amountMinor, currency: 'SGD' },
      userReference: member.walletId,
      successUrl: 'https://wallet.straitspay.example/top-up/done',
      errorUrl: 'https://wallet.straitspay.example/top-up/retry',
      callbackUrl: 'https://api.straitspay.example/hooks/meridian/payments',
      locale,
    },
    username: process.env.MERIDIAN_API_USER,
    password: process.env.MERIDIAN_API_PASSWORD,
    headers: { Accept: 'application/json', 'User-Agent': 'StraitsPay-Wallet/5.2' },
    responseType: 'json',
    timeout: { request: 10_000 },
  });
  return [res.body, res.headers['x-request-id'] ?? null];
}

export const topUpRouter = new Router({ prefix: '/top-up' });

topUpRouter.post('/start', async (ctx) => {
  const member = ctx.state.member;
  const amountMinor = Number(ctx.request.body?.amountMinor);
  if (!Number.isInteger(amountMinor) || amountMinor < 500) ctx.throw(422, 'top-ups start at SGD 5.00');

  const locale = ctx.acceptsLanguages(SUPPORTED_LOCALES) || 'en';
  const [started, requestId] = await startTopUp(member, amountMinor, locale);

  ctx.log.info({ requestId, reference: started['transactionReference'], at: started.timestamp }, 'top-up started');
  ctx.cookies.set('top_up_ref', started['transactionReference'], { signed: true, httpOnly: true, sameSite: 'lax', maxAge: 15 * 60 * 1000 });
  ctx.body = { url: started.redirectUrl };
});
