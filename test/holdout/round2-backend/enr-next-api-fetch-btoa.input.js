// pages/api/kyc/start.js
import { getSession } from 'next-auth/react';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const session = await getSession({ req });
  if (!session) return res.status(401).json({ error: 'unauthenticated' });

  const response = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`),
      'User-Agent': 'Plaidly Onboarding/1.4',
    },
    body: JSON.stringify({
      customerInternalReference: `kyc-${session.user.id}`,
      userReference: session.user.id,
      successUrl: `${process.env.NEXT_PUBLIC_APP_URL}/kyc/success`,
      errorUrl: `${process.env.NEXT_PUBLIC_APP_URL}/kyc/error`,
      callbackUrl: `${process.env.NEXT_PUBLIC_APP_URL}/api/kyc/callback`,
    }),
  });

  if (!response.ok) {
    const text = await response.text();
    console.error('Jumio initiate failed', response.status, text);
    return res.status(502).json({ error: 'kyc_unavailable' });
  }
  const data = await response.json();
  return res.status(200).json({ redirectUrl: data.redirectUrl, reference: data.transactionReference });
}
