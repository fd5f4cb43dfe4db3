// Face-login results for the Northwind support console (Jumio Netverify retrieval API, US data centre).
// JUMIO_BASE_URL lets the integration tests aim this module at the Prism mock of the retrieval API
// (docker-compose.test.yml starts it on http://netverify-mock:4010); it is unset in every deployed environment. It is
// read on each call, not at import, so a test can set it in beforeEach after the module is loaded.
import got from 'got';

const DEFAULT_ORIGIN = 'https://netverify.com';

function netverifyOrigin() {
  return process.env.JUMIO_BASE_URL || DEFAULT_ORIGIN;
}

function basicAuthorization() {
  const user = process.env.NETVERIFY_API_TOKEN ?? '';
  const password = process.env.NETVERIFY_API_SECRET ?? '';
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export class FaceLoginNotFound extends Error {}

export async function faceLoginResult(reference) {
  try {
    const details = await got(`${netverifyOrigin()}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
      headers: {
        Accept: 'application/json',
        'User-Agent': 'Northwind-Support/1.9',
        Authorization: basicAuthorization(),
      },
      timeout: { request: 8000 },
      retry: { limit: 2 },
    }).json();
    return {
      reference: details.transactionReference,
      result: details.transactionResult,
      startedAt: details.transactionDate,
      member: details.userReference ?? null,
    };
  } catch (err) {
    if (err.response?.statusCode === 404) throw new FaceLoginNotFound(`no face login ${reference}`);
    throw err;
  }
}
