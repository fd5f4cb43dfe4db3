import ky from 'ky';

const netverify = ky.create({
  prefixUrl: 'https://lon.netverify.com/api',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
    'User-Agent': 'Acme Travel/3.1',
  },
  timeout: 10_000,
});

export async function faceCheck(traveller) {
  const session = await netverify
    .post('authentication/v1/web/initiate', {
      json: { enrollmentTransactionReference: traveller.idScanRef, userReference: traveller.id },
    })
    .json();
  return { href: session.redirectUrl, ref: session.transactionReference };
}
