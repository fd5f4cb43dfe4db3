import ky from 'ky';

export async function stepUp(enrollmentTransactionReference) {
  const data = await ky.post('https://netverify.com/api/authentication/v1/web/initiate', {
    json: { enrollmentTransactionReference },
    headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  }).json();
  return data.redirectUrl;
}
