// A card acquirer's notification in a Bun.serve routes table, with the same field names as Jumio's callback: its
// route names no Jumio product, so it is left alone.
declare const Bun: { serve(options: unknown): unknown };
declare function settle(reference: string, result: unknown): Promise<void>;

Bun.serve({
  routes: {
    '/webhooks/acquirer/notify': {
      POST: async (req: Request) => {
        const form = await req.formData();
        await settle(String(form.get('transactionReference')), { result: form.get('transactionResult'), at: form.get('callbackDate') });
        return new Response('[accepted]');
      },
    },
  },
});
