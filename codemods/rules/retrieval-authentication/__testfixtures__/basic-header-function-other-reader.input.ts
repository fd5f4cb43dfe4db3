function authHeader() {
  return 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');
}

export async function fetchAuthenticationResult(reference: string) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: authHeader() },
  });
  return (await res.json()).transactionResult;
}

export async function fetchScanImages(scanReference: string) {
  return fetch(`https://netverify.com/api/netverify/v2/scans/${scanReference}/images`, { headers: { Authorization: authHeader() } });
}
