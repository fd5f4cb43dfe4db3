// Deno-style TypeScript calling the company's own OAuth broker "web initiate" (redirectUrl, tokenLifetimeInMinutes).
const BROKER = Deno.env.get('OAUTH_BROKER_URL') ?? 'https://login.acme-idp.example';

export async function beginLogin(clientId: string, state: string) {
  const res = await fetch(`${BROKER}/oauth/web/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: clientId, state, redirect_uri: 'https://app.acme.example/oauth/cb', tokenLifetimeInMinutes: 15 }),
  });
  const { redirectUrl, transactionReference } = await res.json();
  return { redirectUrl, transactionReference };
}
