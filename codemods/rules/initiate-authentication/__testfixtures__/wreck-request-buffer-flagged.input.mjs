import Wreck from '@hapi/wreck';

const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

// The payload is read as a Buffer and parsed by hand.
export async function initiate(enrollmentTransactionReference) {
  const res = await Wreck.request('POST', 'https://netverify.com/api/authentication/v1/web/initiate', {
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json' },
    payload: JSON.stringify({ enrollmentTransactionReference, userReference: 'kiosk' }),
  });
  const raw = await Wreck.read(res);
  return JSON.parse(raw.toString()).redirectUrl;
}
