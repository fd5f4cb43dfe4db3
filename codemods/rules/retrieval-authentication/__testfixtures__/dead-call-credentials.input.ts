// Back-office lookup: the Basic pair comes from the secrets store (a call), the header from a local helper value.
declare function getSecret(name: string): Promise<string>; // the platform's secrets API (a global here)

export async function authenticationOutcome(reference: string): Promise<string | undefined> {
  const token = await getSecret('jumio-api-token');
  const secret = await getSecret('jumio-api-secret');
  const basic = Buffer.from(`${token}:${secret}`).toString('base64');
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${basic}` },
  });
  const details = (await res.json()) as { transactionReference: string; userReference?: string };
  return details.userReference;
}
