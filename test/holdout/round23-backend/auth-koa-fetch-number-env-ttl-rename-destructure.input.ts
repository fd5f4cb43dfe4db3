// Face login start of the insurance customer portal (Koa 2 + @koa/router, TypeScript, the global fetch). The link
// lifetime is an operations setting given in minutes.
import Router from '@koa/router';
import { saveFaceLogin } from './store.js';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

type FaceLoginContext = {
  request: { body: unknown };
  status: number;
  body: unknown;
  throw(status: number, message: string): never;
};

const JUMIO_USER = process.env.JUMIO_API_TOKEN ?? '';
const JUMIO_PASSWORD = process.env.JUMIO_API_SECRET ?? '';

export const faceLoginRouter = new Router({ prefix: '/v2/face-login' });

faceLoginRouter.post('/', async (ctx: FaceLoginContext) => {
  const { customerId, enrollmentReference } = ctx.request.body as { customerId: string; enrollmentReference: string };
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${JUMIO_USER}:${JUMIO_PASSWORD}`).toString('base64')}`,
      'User-Agent': 'Acme Insurance/8.1',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrollmentReference,
      userReference: customerId,
      callbackUrl: 'https://api.acme-insurance.com/hooks/face-login',
      successUrl: 'https://my.acme-insurance.com/face-login/done',
      tokenLifetimeInMinutes: Number(process.env.FACE_LOGIN_TTL_MINUTES ?? '15'),
    }),
  });
  if (!res.ok) ctx.throw(502, `face login unavailable (${res.status})`);
  const { redirectUrl: url, transactionReference: reference } = (await res.json()) as FaceLoginStart;
  await saveFaceLogin(customerId, reference);
  ctx.status = 201;
  ctx.body = { url };
});
