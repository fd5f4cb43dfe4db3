// Face login for the Straits Pay wallet (Singapore data centre). The wallet opens the returned page in a web view; the
// reference goes into a signed cookie so the landing page can show the right state after the redirect.
import Router from '@koa/router';
import got from 'got';

const SG_AUTH_INITIATE = 'https://core-sgp.jumio.com/api/auth/v1/initiate';
const SUPPORTED_LOCALES = ['en', 'zh-CN', 'ms', 'ta'];

// Starts the face login. Hands back the vendor's answer together with the request id of the call: support asks for
// that id when a member reports a stuck face login.
async function startFaceLogin(member, locale) {
  const res = await got.post(SG_AUTH_INITIATE, {
    json: {
      enrollmentTransactionReference: member.jumioEnrolment,
      userReference: member.walletId,
      successUrl: 'https://wallet.straitspay.example/face-login/done',
      errorUrl: 'https://wallet.straitspay.example/face-login/retry',
      callbackUrl: 'https://api.straitspay.example/hooks/jumio/face-login',
      locale,
      tokenLifetimeInMinutes: 15,
    },
    username: process.env.JUMIO_SG_API_TOKEN,
    password: process.env.JUMIO_SG_API_SECRET,
    headers: { Accept: 'application/json', 'User-Agent': 'StraitsPay-Wallet/5.2' },
    responseType: 'json',
    timeout: { request: 10_000 },
  });
  return [res.body, res.headers['x-request-id'] ?? null];
}

export const faceLoginRouter = new Router({ prefix: '/face-login' });

faceLoginRouter.post('/start', async (ctx) => {
  const member = ctx.state.member;
  if (!member?.jumioEnrolment) ctx.throw(409, 'face login is not set up for this wallet');

  const locale = ctx.acceptsLanguages(SUPPORTED_LOCALES) || 'en';
  const [started, requestId] = await startFaceLogin(member, locale);

  ctx.log.info({ requestId, reference: started['transactionReference'], at: started.timestamp }, 'face login started');
  ctx.cookies.set('face_login_ref', started['transactionReference'], { signed: true, httpOnly: true, sameSite: 'lax', maxAge: 15 * 60 * 1000 });
  ctx.body = { url: started.redirectUrl };
});

faceLoginRouter.get('/state', (ctx) => {
  const reference = ctx.cookies.get('face_login_ref', { signed: true });
  ctx.body = { pending: Boolean(reference) };
});
