import got from 'got';

// A got.extend() instance on the legacy host, shared with a retrieval call. The instance stays as it is; the migrated
// call overrides its prefixUrl (got would join it to the KYX URL) and its username/password (got >= 12 sends them
// over an Authorization header) in its own options. responseType: 'json' of the instance makes `body` the JSON.
const NETVERIFY_API = 'https://lon.netverify.com/api';

const netverify = got.extend({
  prefixUrl: NETVERIFY_API,
  username: process.env.NETVERIFY_API_TOKEN,
  password: process.env.NETVERIFY_API_SECRET,
  responseType: 'json',
  timeout: { request: 10_000 },
  headers: { 'user-agent': 'Northwind Bank/4.2' },
  hooks: {
    beforeError: [(error) => Object.assign(error, { message: `netverify: ${error.message}` })],
  },
});

interface StartedAuthentication {
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(customerId: string, enrollmentReference: string): Promise<string> {
  const { body } = await netverify.post<StartedAuthentication>('authentication/v1/web/initiate', {
    json: {
      enrollmentTransactionReference: enrollmentReference,
      userReference: customerId,
      callbackUrl: 'https://bank.example.com/hooks/face',
    },
  });
  return body.redirectUrl;
}

export async function acceptedIdTypes(country: string) {
  return netverify.get('netverify/v2/acceptedIdTypes', { searchParams: { country } }).json();
}
