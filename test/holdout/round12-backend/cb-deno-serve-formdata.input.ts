// Deno.serve: the legacy authentication callback read with req.formData() and kept in Deno KV.
const kv = await Deno.openKv();

Deno.serve({ port: 8080 }, async (req) => {
  const url = new URL(req.url);
  if (req.method !== 'POST' || url.pathname !== '/hooks/face-login') return new Response('not found', { status: 404 });
  const form = await req.formData();
  if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return new Response('ignored', { status: 202 });
  await kv.set(['face-login', String(form.get('transactionReference'))], {
    result: form.get('transactionResult'),
    user: form.get('userReference'),
    at: form.get('callbackDate'),
  });
  return new Response('OK');
});
