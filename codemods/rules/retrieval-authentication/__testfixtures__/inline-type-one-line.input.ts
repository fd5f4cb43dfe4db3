import got from 'got';

// Inline type literals written on one line: the moved members leave no separator before the closing brace.
export async function referenceOf(ref: string) {
  const body = await got(`https://lon.netverify.com/api/netverify/v2/authentications/${ref}`, { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET })
    .json<{ userReference: string; transactionReference: string }>();
  return body.transactionReference;
}

export async function detailsOf(ref: string) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } });
  const details = (await res.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
  return { ref: details.transactionReference, user: details.userReference, passed: details.transactionResult === 'PASSED' };
}
