// The customer's own KYX token helper (already migrated code).
export async function getKyxToken(region: string): Promise<string> {
  const res = await fetch(`https://auth.${region}.jumio.ai/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: process.env.KYX_ID ?? '', client_secret: process.env.KYX_SECRET ?? '' }),
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}
