import ky from 'ky';

const jumio = ky.create({
  prefixUrl: 'https://netverify.com/api/netverify/v2',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
  },
  timeout: 15000,
});

export async function authenticationStatus(txRef) {
  const details = await jumio.get(`authentications/${txRef}`).json();
  return { reference: details.transactionReference, user: details.userReference };
}
