import bent from 'bent';

// The factory's base ends with the retrieval path: each call passes only the transaction reference.
const jumioAuthentication = bent('https://core-sgp.jumio.com/api/netverify/v2/authentications/', 'json', 200, {
  Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_SG_TOKEN}:${process.env.JUMIO_SG_SECRET}`).toString('base64')}`,
  Accept: 'application/json',
});

export async function faceLoginUser(transactionReference) {
  const details = await jumioAuthentication(transactionReference);
  return details.userReference;
}
