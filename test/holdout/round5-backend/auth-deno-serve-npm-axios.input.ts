// deno run --allow-net --allow-env main.ts
import axios from "npm:axios@1.6.8";

const JUMIO = "https://netverify.com/api/authentication/v1/web/initiate";

Deno.serve({ port: 8787 }, async (req: Request): Promise<Response> => {
  const url = new URL(req.url);
  if (req.method !== "POST" || url.pathname !== "/face-auth") {
    return new Response("not found", { status: 404 });
  }
  const { enrollmentReference, userId } = await req.json();

  const { data } = await axios.post(
    JUMIO,
    {
      "enrollmentTransactionReference": enrollmentReference,
      "userReference": userId,
      "successUrl": "https://id.dunmore.example/face/ok",
      "errorUrl": "https://id.dunmore.example/face/failed",
    },
    {
      auth: { username: Deno.env.get("JUMIO_TOKEN")!, password: Deno.env.get("JUMIO_SECRET")! },
      headers: { "User-Agent": "Dunmore ID/0.9", Accept: "application/json" },
    },
  );

  return Response.json({ redirect: data.redirectUrl, ref: data.transactionReference });
});
