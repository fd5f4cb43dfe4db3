// api/face-start.ts — Vercel Edge Function
export const config = { runtime: 'edge' };

const INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';

export default async function handler(req: Request): Promise<Response> {
  const { enrollmentReference, userId } = (await req.json()) as { enrollmentReference: string; userId: string };
  const upstream = await fetch(INITIATE_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`),
      'user-agent': 'Glimmer/0.3 (edge)',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const data = await upstream.json();
  return new Response(JSON.stringify({ url: data.redirectUrl, ref: data.transactionReference }), {
    headers: { 'content-type': 'application/json' },
  });
}
