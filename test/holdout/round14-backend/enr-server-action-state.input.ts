'use server';
// Next.js server actions module used with React's useActionState: (previous state, form data) → next state.
// Singapore data centre, workflowId 201, a one-day link.
import { auth } from '@/auth';

export type VerifyState = { link?: string; error?: string };

export async function startVerification(_previous: VerifyState, formData: FormData): Promise<VerifyState> {
  const session = await auth();
  if (!session?.user) return { error: 'Please sign in first' };
  const res = await fetch('https://core-sgp.jumio.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
    },
    body: JSON.stringify({
      customerInternalReference: session.user.id,
      workflowId: 201,
      tokenLifetimeInMinutes: 1440,
      locale: String(formData.get('locale') ?? 'en'),
    }),
  });
  if (!res.ok) return { error: `Verification is unavailable (${res.status})` };
  const json = await res.json();
  return { link: json.redirectUrl };
}
