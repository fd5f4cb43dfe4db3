// Granite Peak Credit Union (US): adding a payee in the phone app is confirmed by a face login. The payee service
// posts to the vendor with node-fetch; the request and answer types are the hand-written declarations in
// netverify-legacy.d.ts (shared with the transfer callback route), so this module holds no vendor types of its own.
import fetch from 'node-fetch';
import type { AuthenticationInitiateRequest, AuthenticationInitiateResponse } from './netverify-legacy.js';
import { findPayeeRequest, savePayeeStepUp } from './store.js';

const NETVERIFY_INITIATE = 'https://netverify.com/api/authentication/v1/web/initiate';
const BASIC = `Basic ${Buffer.from(`${process.env.GRANITE_NV_TOKEN}:${process.env.GRANITE_NV_SECRET}`).toString('base64')}`;

export interface PayeeFaceLogin {
  url: string;
  reference: string;
}

export async function startPayeeFaceLogin(payeeRequestId: string): Promise<PayeeFaceLogin> {
  const payee = await findPayeeRequest(payeeRequestId);
  const body: AuthenticationInitiateRequest = {
    enrollmentTransactionReference: payee.member.netverifyEnrollment,
    userReference: payee.member.memberNo,
    successUrl: `https://app.granitepeak.example/payees/${payee.id}/confirmed`,
    errorUrl: `https://app.granitepeak.example/payees/${payee.id}/declined`,
    locale: 'en-US',
    tokenLifetimeInMinutes: 15,
  };

  const res = await fetch(NETVERIFY_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: BASIC,
      'User-Agent': 'GranitePeak-Payees/2.7',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`face login initiate failed: HTTP ${res.status}`);

  const started = (await res.json()) as AuthenticationInitiateResponse;
  await savePayeeStepUp(payee.id, started.transactionReference, started.timestamp);
  return { url: started.redirectUrl, reference: started.transactionReference };
}
