// The same Pages Function written as an exported arrow that takes the context and destructures env from it in its
// body: it runs on Cloudflare Workers as well, so the migrated call gets the runtime item.
interface Env { NV_KEY: string; NV_SECRET: string }

export const onRequestPost = async (ctx: { request: Request; env: Env }) => {
  const { request, env } = ctx;
  const input = (await request.json()) as { user: string };
  const res = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${env.NV_KEY}:${env.NV_SECRET}`)}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Pages Demo/1.0',
    },
    body: JSON.stringify({ customerInternalReference: crypto.randomUUID(), userReference: input.user }),
  });
  const started = (await res.json()) as { redirectUrl: string };
  return Response.json({ url: started.redirectUrl });
};
