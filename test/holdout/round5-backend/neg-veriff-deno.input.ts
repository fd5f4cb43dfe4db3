// Veriff sessions from a Deno Deploy function
const VERIFF = "https://stationapi.veriff.com/v1/sessions";

Deno.serve(async (req) => {
  const { userId, callbackUrl } = await req.json();
  const res = await fetch(VERIFF, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-AUTH-CLIENT": Deno.env.get("VERIFF_API_KEY")! },
    body: JSON.stringify({
      verification: { callback: callbackUrl ?? "https://app.example/veriff/done", vendorData: userId, timestamp: new Date().toISOString() },
    }),
  });
  const { verification } = await res.json();
  return Response.json({ redirectUrl: verification.url, transactionReference: verification.id });
});
