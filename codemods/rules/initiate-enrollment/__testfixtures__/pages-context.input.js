// A Cloudflare Pages Function in the form of Cloudflare's own examples: onRequest takes the whole context and reads
// its secrets from context.env. The migrated call needs the helper's process.env, which a Worker lacks by default.
export async function onRequest(context) {
  const key = context.env.NV_KEY;
  const secret = context.env.NV_SECRET;
  if (context.request.method !== 'POST') return new Response('only POST', { status: 405 });
  const input = await context.request.json();
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${key}:${secret}`)}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Pages Demo/1.0',
    },
    body: JSON.stringify({ customerInternalReference: crypto.randomUUID(), userReference: input.user }),
  });
  const started = await res.json();
  return Response.json({ url: started.redirectUrl });
}
