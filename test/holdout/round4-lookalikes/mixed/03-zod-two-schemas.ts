import { z } from 'zod';

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

// Jumio face authentication.
const FaceAuthResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string(),
});

export async function startFaceAuth(enrollmentReference: string, userId: string) {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'acme-onboarding/3.2', Authorization: basic(process.env.NV_TOKEN!, process.env.NV_SECRET!) },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const parsed = FaceAuthResponse.parse(await res.json());
  return { url: parsed.redirectUrl, ref: parsed.transactionReference };
}

// PayGate hosted checkout: the same three keys, another vendor.
const CheckoutResponse = z.object({
  timestamp: z.string(),
  redirectUrl: z.string().url(),
  transactionReference: z.string(),
});

export async function startCheckout(orderId: string, amount: number) {
  const res = await fetch('https://api.paygate.example/api/v4/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basic(process.env.PG_KEY!, process.env.PG_SECRET!) },
    body: JSON.stringify({ merchantReference: orderId, amount }),
  });
  const checkout = CheckoutResponse.parse(await res.json());
  return { url: checkout.redirectUrl, ref: checkout.transactionReference };
}
