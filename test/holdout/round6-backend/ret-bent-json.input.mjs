import bent from 'bent';

const getDetails = bent('https://lon.netverify.com/api/netverify/v2/authentications/', 'json', {
  Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64'),
});

export async function authenticationPassed(reference) {
  const details = await getDetails(reference);
  return details.transactionResult === 'PASSED';
}
