// A Vercel Edge Function: process.env is there, Buffer is not.
export const config = { runtime: 'edge' };

export default async function handler(req: Request): Promise<Response> {
  const { enrollmentReference } = (await req.json()) as { enrollmentReference: string };
  const upstream = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`) },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  const data = await upstream.json();
  return Response.json({ url: data.redirectUrl });
}
