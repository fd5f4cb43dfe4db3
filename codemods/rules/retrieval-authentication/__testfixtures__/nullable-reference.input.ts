// A route parameter or query value is `string | undefined` / `string | null`: the legacy URL took it as it came.
export async function authenticationStatus(requestUrl: string, params: { ref?: string }) {
  const ref = new URL(requestUrl).searchParams.get('ref');
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  });
  const other = await fetch(`https://netverify.com/api/netverify/v2/authentications/${params.ref}`, {
    headers: { Accept: 'application/json', 'User-Agent': 'Acme/1.0', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  });
  return [res.status, other.status];
}
