import ky from 'ky';

// Lookalike: a ky.create() instance with a prefixUrl, Basic-style credentials and a JSON POST of the same shape, for
// Veriff's session API. Not Jumio: byte-identical.
const veriff = ky.create({
  prefixUrl: 'https://stationapi.veriff.com/v1',
  headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY ?? '', Authorization: `Basic ${process.env.VERIFF_BASIC}` },
});

export async function startSession(userId: string) {
  const res = await veriff
    .post('sessions', { json: { verification: { callback: 'https://app.example.com/veriff', vendorData: userId } } })
    .json<{ verification: { url: string; id: string } }>();
  return { redirectUrl: res.verification.url, transactionReference: res.verification.id };
}
