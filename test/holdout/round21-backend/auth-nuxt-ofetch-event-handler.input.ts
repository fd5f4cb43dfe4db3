// Face login start of the customer portal (Nuxt 3 server route, h3 + ofetch). US data centre; the link lifetime is
// the portal's own setting.
import { createError, defineEventHandler, readBody } from 'h3';
import { $fetch } from 'ofetch';
import { saveFaceLogin } from './store.js';

const FACE_LOGIN_TTL_MINUTES = 30;

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default defineEventHandler(async (event: any) => {
  const user = event.context.user as { id: string; jumioEnrollmentRef: string } | undefined;
  if (!user) throw createError({ statusCode: 401 });
  const { locale } = (await readBody(event)) as { locale?: string };
  const started = (await $fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      Authorization: `Basic ${Buffer.from(`${process.env.NUXT_JUMIO_TOKEN}:${process.env.NUXT_JUMIO_SECRET}`).toString('base64')}`,
      'User-Agent': 'Acme Portal/11.2',
    },
    body: {
      enrollmentTransactionReference: user.jumioEnrollmentRef,
      userReference: user.id,
      successUrl: 'https://portal.acme.com/face-login/success',
      errorUrl: 'https://portal.acme.com/face-login/error',
      locale: locale ?? 'en-US',
      tokenLifetimeInMinutes: FACE_LOGIN_TTL_MINUTES,
    },
  })) as FaceLoginStart;
  await saveFaceLogin(user.id, started.transactionReference);
  return { url: started.redirectUrl };
});
