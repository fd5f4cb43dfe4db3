import { action, redirect } from '@solidjs/router';
import { getSession } from './session';

const NETVERIFY_BASIC = `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`;

export const startFaceCheck = action(async () => {
  'use server';
  const session = await getSession();
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: NETVERIFY_BASIC },
    body: JSON.stringify({
      enrollmentTransactionReference: session.data.enrollmentRef,
      userReference: session.data.userId,
      tokenLifetimeInMinutes: 1440,
    }),
  });
  const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
  await session.update({ faceRef: started.transactionReference });
  throw redirect(started.redirectUrl);
});
