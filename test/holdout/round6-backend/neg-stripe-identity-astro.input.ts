import type { APIRoute } from 'astro';
import Stripe from 'stripe';

const stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);

export const POST: APIRoute = async ({ locals, url }) => {
  const session = await stripe.identity.verificationSessions.create({
    type: 'document',
    metadata: { userId: locals.user.id },
    return_url: new URL('/account/verified', url).href,
  });
  return Response.json({ redirectUrl: session.url, transactionReference: session.id });
};
