import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_KEY!);

// Identity verification with Stripe Identity (modal); our API returns the session's client secret.
export async function verifyWithStripe(): Promise<{ ok: boolean; transactionReference?: string }> {
  const res = await fetch('/api/identity/stripe-session', { method: 'POST' });
  const { clientSecret, redirectUrl, transactionReference } = await res.json();
  const stripe = await stripePromise;
  if (!stripe) {
    window.location.assign(redirectUrl);
    return { ok: false };
  }
  const { error } = await stripe.verifyIdentity(clientSecret);
  return error ? { ok: false } : { ok: true, transactionReference };
}
