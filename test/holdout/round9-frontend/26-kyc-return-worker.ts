// Cloudflare Worker in front of the marketing site: handles the identity check's return URL.
export interface Env {
  KYC: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== '/kyc/return') return fetch(request);

    const status = url.searchParams.get('transactionStatus');
    const reference = url.searchParams.get('transactionReference');
    if (status === 'SUCCESS' && reference) {
      await env.KYC.put(`ref:${reference}`, JSON.stringify({ at: Date.now() }));
      return Response.redirect(`${url.origin}/welcome`, 302);
    }
    const code = url.searchParams.get('errorCode') ?? 'unknown';
    return Response.redirect(`${url.origin}/kyc/retry?code=${code}`, 302);
  },
};
