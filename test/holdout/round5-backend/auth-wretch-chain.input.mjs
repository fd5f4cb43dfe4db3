import wretch from 'wretch';

const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

// one shared client for the Netverify auth API
const netverify = wretch('https://netverify.com/api/authentication/v1/web/initiate')
  .auth(`Basic ${basic}`)
  .headers({ 'User-Agent': 'Quay Rentals/1.2', Accept: 'application/json' });

export async function startFaceCheck(renter) {
  const result = await netverify
    .post({
      enrollmentTransactionReference: renter.jumioRef,
      userReference: renter.uuid,
      callbackUrl: 'https://quay.example/hooks/jumio',
    })
    .json();
  return { url: result.redirectUrl, reference: result.transactionReference };
}
