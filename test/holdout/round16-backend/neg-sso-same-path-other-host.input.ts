// The bank's own SSO (another host) exposes /api/authentication/v1/web/initiate for its web login; not Jumio.
export async function startSsoLogin(username: string, returnTo: string) {
  const res = await fetch('https://sso.acme-bank.example/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.SSO_CLIENT_ID}:${process.env.SSO_CLIENT_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ username, redirectUrl: returnTo, locale: 'en' }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return { redirect: data.redirectUrl, ref: data.transactionReference };
}
