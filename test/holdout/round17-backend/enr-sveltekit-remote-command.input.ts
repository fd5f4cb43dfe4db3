// SvelteKit 2.27 remote function (US), src/routes/kyc/kyc.remote.ts: a command() validated with valibot; the request
// event (locals, the event's fetch) taken from getRequestEvent(); workflowId 201 and the locale from the input.
import * as v from 'valibot';
import { command, getRequestEvent } from '$app/server';
import { env } from '$env/dynamic/private';

export const startKyc = command(v.object({ locale: v.optional(v.string(), 'en') }), async ({ locale }) => {
  const { locals, fetch, url } = getRequestEvent();
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`),
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'User-Agent': 'Acme Kit/2.27',
    },
    body: JSON.stringify({
      customerInternalReference: locals.user.id,
      userReference: locals.user.email,
      workflowId: 201,
      locale,
      successUrl: `${url.origin}/kyc/done`,
    }),
  });
  if (!res.ok) throw new Error(`Could not start identity verification (${res.status})`);
  const data = await res.json();
  locals.user.kycReference = data.transactionReference;
  return { link: data.redirectUrl };
});
