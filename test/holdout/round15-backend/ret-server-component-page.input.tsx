// A React Server Component page (SG, Next.js app router): the details are fetched while rendering.
const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export default async function FaceLoginPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const res = await fetch(`https://core-sgp.jumio.com/api/netverify/v2/authentications/${reference}`, {
    headers: { Authorization: `Basic ${basic}`, Accept: 'application/json' },
    cache: 'no-store',
  });
  const details: { userReference?: string; transactionReference: string } = await res.json();
  return (
    <main>
      <h1>Face login</h1>
      <p>Customer: {details.userReference ?? 'unknown'}</p>
      <p>Reference: {details.transactionReference}</p>
    </main>
  );
}
