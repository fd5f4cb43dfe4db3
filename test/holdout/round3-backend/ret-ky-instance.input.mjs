import ky from 'ky';

const netverify = ky.create({
  prefixUrl: 'https://lon.netverify.com/api/netverify/v2',
  headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` },
  retry: 2,
});

export async function getAuthentication(reference) {
  const details = await netverify.get(`authentications/${reference}`).json();
  return { passed: details.transactionResult === 'PASSED', user: details.userReference };
}
