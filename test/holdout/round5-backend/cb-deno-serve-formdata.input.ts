const kv = await Deno.openKv();

Deno.serve(async (req) => {
  const { pathname } = new URL(req.url);
  if (req.method === "POST" && pathname === "/callbacks/face") {
    const form = await req.formData();
    if (form.get("callBackType") === "NETVERIFY_AUTHENTICATION") {
      await kv.set(["face", String(form.get("transactionReference"))], {
        result: form.get("transactionResult"),
        date: form.get("transactionDate"),
      });
    }
    return new Response("OK");
  }
  return new Response("Not Found", { status: 404 });
});
