// Two retrievals share the Basic credentials const with a legacy scans call the codemod does not migrate: the const
// stays for that call.
const BASE = 'https://lon.netverify.com/api/netverify/v2';
const basic = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export async function resultOf(ref: string): Promise<string> {
  const res = await fetch(`${BASE}/authentications/${ref}`, { headers: { Authorization: basic } });
  const details = (await res.json()) as { transactionReference: string };
  return details.transactionReference;
}

export async function userOf(ref: string): Promise<string | undefined> {
  const res = await fetch(`${BASE}/authentications/${ref}`, { headers: { Authorization: basic } });
  const details = (await res.json()) as { userReference?: string };
  return details.userReference;
}

export async function scanStatus(scanRef: string): Promise<unknown> {
  const res = await fetch(`${BASE}/scans/${scanRef}`, { headers: { Authorization: basic } });
  return res.json();
}
