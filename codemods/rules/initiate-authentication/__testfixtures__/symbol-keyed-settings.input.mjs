import got from 'got';

// Settings keyed by const Symbols (a private registry key): `jumioSettings[INITIATE]` is the one literal it names.
const INITIATE = Symbol('initiate');
const TIMEOUT = Symbol('timeout');

export const jumioSettings = Object.freeze({
  [INITIATE]: 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate',
  [TIMEOUT]: 10_000,
});

export async function startFaceLogin(enrollment, userId) {
  const body = await got
    .post(jumioSettings[INITIATE], {
      json: { enrollmentTransactionReference: enrollment, userReference: userId },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      timeout: { request: jumioSettings[TIMEOUT] },
    })
    .json();
  return { url: body.redirectUrl, reference: body.transactionReference };
}
