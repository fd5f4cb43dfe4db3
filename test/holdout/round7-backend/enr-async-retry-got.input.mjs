import retry from 'async-retry';
import got from 'got';

const JUMIO_URL = 'https://core-sgp.jumio.com/api/v4/initiate';

export async function initiateKyc(user) {
  const session = await retry(
    async (bail) => {
      try {
        return await got
          .post(JUMIO_URL, {
            json: { customerInternalReference: user.ref, userReference: user.id, workflowId: 101, tokenLifetimeInMinutes: 90 },
            username: process.env.JUMIO_TOKEN,
            password: process.env.JUMIO_SECRET,
          })
          .json();
      } catch (err) {
        if (err.response?.statusCode === 400) bail(err);
        throw err;
      }
    },
    { retries: 3, minTimeout: 500 },
  );
  return { kycUrl: session.redirectUrl, kycRef: session.transactionReference };
}
