export interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
  VERIFICATIONS: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (new URL(request.url).pathname !== '/verify') return new Response('Not found', { status: 404 });
    const { userId } = await request.json<{ userId: string }>();

    const jumio = await fetch('https://lon.netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`)}`,
        'Content-Type': 'application/json',
        'User-Agent': 'Ashgrove Worker/1.0',
      },
      body: JSON.stringify({ customerInternalReference: userId, workflowId: 201, locale: 'de' }),
    });
    const { redirectUrl, transactionReference } = await jumio.json<{ redirectUrl: string; transactionReference: string }>();
    await env.VERIFICATIONS.put(userId, transactionReference);
    return Response.redirect(redirectUrl, 302);
  },
} satisfies ExportedHandler<Env>;
