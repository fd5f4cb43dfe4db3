'use server';
// Next.js server action starting a Stripe Identity verification session.
import Stripe from 'stripe';
import { redirect } from 'next/navigation';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function startIdentityCheck(userId: string): Promise<void> {
  const session = await stripe.identity.verificationSessions.create({
    type: 'document',
    options: { document: { require_matching_selfie: true } },
    metadata: { userId },
    return_url: 'https://app.acme-energy.example/verified',
  });
  redirect(session.url!);
}
