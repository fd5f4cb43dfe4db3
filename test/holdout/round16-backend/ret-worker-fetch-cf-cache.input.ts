// Cloudflare Worker (SG): the retrieval cached at the edge through fetch's cf options; credentials are env bindings.
interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const reference = new URL(request.url).searchParams.get('ref');
    if (!reference) return new Response('missing ref', { status: 400 });
    const upstream = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
      headers: { Authorization: `Basic ${btoa(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`)}`, Accept: 'application/json' },
      cf: { cacheTtl: 30, cacheEverything: true },
    } as RequestInit);
    const d = (await upstream.json()) as { transactionReference: string; userReference?: string };
    return Response.json({ ref: d.transactionReference, user: d.userReference ?? null });
  },
};
