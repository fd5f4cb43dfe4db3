// Marketplace seller checks (US): an ID-only verification (no selfie), camera only. Nothing here authenticates later.
import got from 'got';

export async function startSellerIdCheck(sellerId: string, country: string) {
  const session = await got
    .post('https://netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: `seller-${sellerId}`,
        userReference: sellerId,
        workflowId: 101,
        presets: [{ index: 1, country, type: 'PASSPORT' }],
        reportingCriteria: 'marketplace-sellers',
      },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return { url: session.redirectUrl, scanReference: session.transactionReference };
}
