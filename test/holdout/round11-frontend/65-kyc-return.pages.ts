// functions/kyc/return.ts — Cloudflare Pages Function: the identity check's success/error URL (Jumio).
interface Env {
  KYC: KVNamespace;
}

export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const q = new URL(request.url).searchParams;
  if (q.get('transactionStatus') === 'SUCCESS') {
    await env.KYC.put(`ref:${q.get('transactionReference')}`, 'verified');
    return Response.redirect(new URL('/welcome', request.url).toString(), 302);
  }
  return Response.redirect(new URL(`/verify?error=${q.get('errorCode') ?? ''}`, request.url).toString(), 302);
};
