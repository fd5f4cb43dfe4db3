// Authentication results for the support console. The Basic credentials are the module's first statement: once they
// go, the helper imports take their place with one blank line before the code, not two.
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function authenticationResult(reference: string) {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' },
  });
  const details: { transactionResult: string; userReference?: string } = await res.json();
  return { result: details.transactionResult, user: details.userReference };
}
