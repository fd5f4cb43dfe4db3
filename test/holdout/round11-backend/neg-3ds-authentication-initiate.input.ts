// A card processor's 3-D Secure authentication initiate: same words (authentication, initiate, redirectUrl,
// transactionReference, callbackUrl), another host. Must stay untouched.
import axios from 'axios';

export async function start3ds(payment: { id: string; cardToken: string; amount: number }) {
  const { data } = await axios.post(
    'https://api.cardproc.example/api/authentication/v1/web/initiate',
    {
      transactionReference: payment.id,
      cardToken: payment.cardToken,
      amount: payment.amount,
      callbackUrl: 'https://shop.acme.example/3ds/callback',
      successUrl: 'https://shop.acme.example/checkout/ok',
    },
    { auth: { username: process.env.CARDPROC_KEY ?? '', password: process.env.CARDPROC_SECRET ?? '' } },
  );
  return { challengeUrl: data.redirectUrl as string, reference: data.transactionReference as string };
}
