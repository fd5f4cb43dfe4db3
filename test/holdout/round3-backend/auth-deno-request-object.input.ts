// Deno Deploy edge function: starts a Jumio face re-authentication.
const JUMIO_URL = "https://netverify.com/api/authentication/v1/web/initiate";

function basicAuth(): string {
  return "Basic " + btoa(`${Deno.env.get("JUMIO_TOKEN")}:${Deno.env.get("JUMIO_SECRET")}`);
}

export async function initiate(enrollmentReference: string, userReference: string) {
  const req = new Request(JUMIO_URL, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "Authorization": basicAuth(),
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference }),
  });
  const res = await fetch(req);
  if (!res.ok) throw new Error(`jumio ${res.status}`);
  const data = await res.json();
  return { href: data.redirectUrl as string, reference: data.transactionReference as string };
}

Deno.serve(async (request: Request) => {
  const { enrollment, user } = await request.json();
  return Response.json(await initiate(enrollment, user));
});
