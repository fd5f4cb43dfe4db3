// Bun.serve with a routes table: the path key names Jumio ('/webhooks/jumio/face-login'), as an app.post() path does,
// so a handler reading transactionResult and transactionReference from the form is the legacy authentication callback
// (hold-out round 18, cb-bun-serve-routes-table). A handler keyed by the path alone is read the same way.
declare const Bun: { serve(options: unknown): unknown; env: Record<string, string | undefined> };
declare function saveResult(reference: string, result: unknown): Promise<void>;

Bun.serve({
  port: Number(Bun.env.PORT ?? 3000),
  routes: {
    '/healthz': new Response('ok'),
    '/webhooks/jumio/face-login': {
      POST: async (req: Request) => {
        const form = await req.formData();
        const reference = String(form.get('transactionReference'));
        await saveResult(reference, { result: form.get('transactionResult'), at: form.get('callbackDate') });
        return new Response(null, { status: 200 });
      },
    },
    '/netverify/face-login-result': async (req: Request) => {
      const form = await req.formData();
      await saveResult(String(form.get('transactionReference')), form.get('transactionResult'));
      return new Response(null, { status: 200 });
    },
  },
  fetch: () => new Response('not found', { status: 404 }),
});
