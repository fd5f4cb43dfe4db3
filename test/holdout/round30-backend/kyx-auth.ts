// KYX helper of the identity service. Written by netverify-migrate's first run (March); resolveKyxAccount was then
// implemented by the identity team against the enrolment table, and the token cache kept as generated.
export interface KyxAccount {
  accountId: string;
  credentialId: string;
}

type KyxAccountResolver = (enrollmentReference: string) => Promise<KyxAccount>;

const tokens = new Map<string, { token: string; expiresAt: number }>();
const pending = new Map<string, Promise<string>>();
let accountResolver: KyxAccountResolver | undefined;

async function requestToken(region: string): Promise<string> {
  const url = process.env.KYX_TOKEN_URL ?? `https://auth.${region}.jumio.ai/oauth2/token`;
  const basic = Buffer.from(`${process.env.KYX_CLIENT_ID ?? ''}:${process.env.KYX_CLIENT_SECRET ?? ''}`).toString('base64');
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`KYX token request failed: ${res.status}`);
  const json = (await res.json()) as { access_token: string; expires_in: number };
  tokens.set(region, { token: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 });
  return json.access_token;
}

/** A client-credentials access token for the region (cached, refreshed a minute before it expires). */
export async function kyxAccessToken(region: string): Promise<string> {
  const cached = tokens.get(region);
  if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
  let inFlight = pending.get(region);
  if (!inFlight) {
    inFlight = requestToken(region).finally(() => pending.delete(region));
    pending.set(region, inFlight);
  }
  return inFlight;
}

/** Installs the lookup of the KYX account and ID credential of an enrolment (done at start-up from the enrolment table). */
export function setKyxAccountResolver(resolver: KyxAccountResolver): void {
  accountResolver = resolver;
}

/** The KYX account and ID credential of a legacy enrolment reference. */
export async function resolveKyxAccount(enrollmentReference: string): Promise<KyxAccount> {
  if (!accountResolver) throw new Error('resolveKyxAccount: no resolver installed (call setKyxAccountResolver at start-up)');
  return accountResolver(enrollmentReference);
}
