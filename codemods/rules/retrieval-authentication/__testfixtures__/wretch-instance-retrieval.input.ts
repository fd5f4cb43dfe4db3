import wretch from 'wretch';

interface AuthenticationDetails {
  transactionReference: string;
  userReference?: string;
}

// A shared wretch instance on the legacy base: the call's own .url() replaces the base (`, true`) and its own .auth()
// the instance's Basic header; the instance is left for its other calls.
const jumio = wretch('https://lon.netverify.com/api/netverify/v2').auth(`Basic ${process.env.JUMIO_BASIC}`);

export async function userOf(ref: string) {
  const details = await jumio.url(`/authentications/${ref}`).get().json<AuthenticationDetails>();
  return details.userReference;
}

// A chain from wretch(base) written one link per line, the Authorization header in its .headers().
export async function referenceOf(ref: string) {
  const details = await wretch('https://core-sgp.jumio.com')
    .url(`/api/netverify/v2/authentications/${ref}`)
    .headers({ Accept: 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` })
    .get()
    .json<AuthenticationDetails>();
  return details.transactionReference;
}

// Headers the codemod cannot read may set Authorization after the Bearer one: flagged.
export async function withHeaders(ref: string, headers: Record<string, string>) {
  const details = await jumio.url(`/authentications/${ref}`).headers(headers).get().json<{ userReference?: string }>();
  return details.userReference;
}
