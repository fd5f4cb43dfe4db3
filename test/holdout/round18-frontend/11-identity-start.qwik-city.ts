// src/routes/identity/start/index.ts: sends the browser straight to the tenant's web client with the
// authorization token our backend stored in a cookie.
import type { RequestHandler } from '@builder.io/qwik-city';

export const onGet: RequestHandler = async ({ redirect, cookie, env, locale }) => {
  const token = cookie.get('kyc_token')?.value;
  if (!token) throw redirect(302, '/identity');
  const tenant = env.get('JUMIO_TENANT') ?? 'acme';
  throw redirect(302, `https://${tenant}.netverify.com/web/v4/app?authorizationToken=${encodeURIComponent(token)}&locale=${locale() || 'en'}`);
};
