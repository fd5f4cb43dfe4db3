// OAuth2 client-credentials tokens for the KYX APIs, one per region, kept until a minute before they expire.
type Region = 'amer-1' | 'emea-1' | 'apac-1';

const cache = new Map<Region, { token: string; expiresAt: number }>();

export async function kyxBearer(region: Region): Promise<string> {
  const hit = cache.get(region);
  if (hit && hit.expiresAt > Date.now() + 60_000) return hit.token;

  const res = await fetch(`https://auth.${region}.jumio.ai/oauth2/token`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Basic ' + Buffer.from(`${process.env.KYX_CLIENT_ID ?? ''}:${process.env.KYX_CLIENT_SECRET ?? ''}`).toString('base64'),
    },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: HTTP ${res.status}`);
  const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
  cache.set(region, { token: access_token, expiresAt: Date.now() + expires_in * 1000 });
  return access_token;
}
