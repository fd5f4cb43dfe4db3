export interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { userId } = (await request.json()) as { userId: string };
    const jumio = await fetch('https://lon.netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerInternalReference: userId, workflowId: 201 }),
    });
    const { redirectUrl } = (await jumio.json()) as { redirectUrl: string };
    return Response.redirect(redirectUrl, 302);
  },
} satisfies ExportedHandler<Env>;
