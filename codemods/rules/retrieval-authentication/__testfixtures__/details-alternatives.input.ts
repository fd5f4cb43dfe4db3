// The details as one alternative of an expression: `res.ok ? await res.json() : null` holds them (reads move);
// `(await res.json()) || {}` mixes them with a stand-in object (flagged).
const BASE = 'https://netverify.com/api/netverify/v2/authentications';

export async function userOf(reference: string): Promise<string | undefined> {
  const res = await fetch(`${BASE}/${reference}`, { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } });
  const details = res.ok ? await res.json() : null;
  return details?.userReference;
}

export async function referenceOf(reference: string): Promise<string | undefined> {
  const res = await fetch(`${BASE}/${reference}`, { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } });
  const details = (await res.json()) || {};
  return details.transactionReference;
}
