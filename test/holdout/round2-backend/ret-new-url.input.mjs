const JUMIO = 'https://lon.netverify.com';

export async function details(ref, creds) {
  const url = new URL(`/api/netverify/v2/authentications/${encodeURIComponent(ref)}`, JUMIO);
  const res = await fetch(url, { headers: { Authorization: `Basic ${creds}`, Accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  const json = await res.json();
  return { passed: json.transactionResult === 'PASSED', source: json.scanSource };
}
