// The data centre is chosen at run time: a legacy-origin → retrieval-origin table beside the call picks the KYX host
// the same way (the map stays for the choice), and the token is asked for that host's region.
const NETVERIFY_HOSTS: Record<string, string> = {
  US: 'https://netverify.com',
  EU: 'https://lon.netverify.com',
  SGP: 'https://core-sgp.jumio.com',
};

export async function authentication(region: string, ref: string, basic: string) {
  const res = await fetch(`${NETVERIFY_HOSTS[region]}/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${basic}` },
  });
  return res.json();
}
