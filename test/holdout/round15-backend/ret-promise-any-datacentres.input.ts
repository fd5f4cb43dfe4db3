// The reference may live in any data centre: ask all three, the first answer wins (Promise.any over a hosts array).
const HOSTS = ['https://netverify.com', 'https://lon.netverify.com', 'https://core-sgp.jumio.com'];
const auth = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function findAuthentication(reference: string) {
  const res = await Promise.any(
    HOSTS.map(async (host) => {
      const r = await fetch(`${host}/api/netverify/v2/authentications/${reference}`, { headers: { Authorization: auth, Accept: 'application/json' } });
      if (!r.ok) throw new Error(String(r.status));
      return r;
    }),
  );
  const details = await res.json();
  return { user: details.userReference as string };
}
