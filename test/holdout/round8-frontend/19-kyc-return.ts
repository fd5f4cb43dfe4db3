import type { APIRoute } from 'astro';
import { markIdentitySubmitted } from '../../lib/users';

// Astro endpoint: successUrl and errorUrl of the Jumio identity check.
export const prerender = false;

export const GET: APIRoute = async ({ url, cookies, redirect }) => {
  const transactionStatus = url.searchParams.get('transactionStatus');
  const transactionReference = url.searchParams.get('transactionReference');
  const userId = cookies.get('uid')?.value;
  if (transactionStatus === 'SUCCESS' && userId && transactionReference) {
    await markIdentitySubmitted(userId, transactionReference);
    return redirect('/onboarding/done');
  }
  return redirect(`/onboarding/identity?error=${url.searchParams.get('errorCode') ?? ''}`);
};
