import got from 'got';

const jumio = got.extend({
  prefixUrl: 'https://core-sgp.jumio.com/api',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
  headers: { 'user-agent': 'Lion Wallet/5.0' },
  hooks: {
    beforeError: [
      (error) => {
        error.message = `jumio: ${error.message}`;
        return error;
      },
    ],
  },
});

export async function initiateFaceAuth(enrollmentReference: string, userId: string) {
  const result = await jumio
    .post('authentication/v1/web/initiate', { json: { enrollmentTransactionReference: enrollmentReference, userReference: userId } })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return result.redirectUrl;
}
