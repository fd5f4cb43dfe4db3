import got from 'got';

interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
}

// got with the legacy host as the call's own prefixUrl (got rejects an absolute URL beside a prefixUrl), and the
// same through an instance whose own prefixUrl the call replaces.
const jumio = got.extend({ username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET, responseType: 'json' });

export async function loadUser(ref: string) {
  const details = await got(`api/netverify/v2/authentications/${ref}`, {
    prefixUrl: 'https://netverify.com',
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
  }).json<AuthenticationDetails>();
  return details.userReference;
}

export async function loadReference(ref: string) {
  const { body } = await jumio.get<AuthenticationDetails>(`api/netverify/v2/authentications/${ref}`, { prefixUrl: 'https://lon.netverify.com', timeout: { request: 5000 } });
  return body.transactionReference;
}
