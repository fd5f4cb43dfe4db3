import { encodeBase64 } from "jsr:@std/encoding/base64";

const API = "https://netverify.com/api/v4";
const basic = encodeBase64(`${Deno.env.get("JUMIO_TOKEN")}:${Deno.env.get("JUMIO_SECRET")}`);

async function createVerification(customerId: string) {
  const r = await fetch(`${API}/initiate`, {
    method: "POST",
    headers: { "Authorization": `Basic ${basic}`, "Content-Type": "application/json", "User-Agent": "Kelp KYC/0.2" },
    body: JSON.stringify({ customerInternalReference: customerId, userReference: customerId, tokenLifetimeInMinutes: 90 }),
  });
  const data = await r.json();
  return { url: data.redirectUrl as string, ref: data.transactionReference as string };
}

Deno.serve(async (req) => {
  const id = new URL(req.url).searchParams.get("customer");
  if (!id) return new Response("customer required", { status: 400 });
  return Response.json(await createVerification(id));
});
