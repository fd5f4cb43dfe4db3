import bent from 'bent';

const basic = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');
const post = bent('https://netverify.com/api/v4', 'POST', 'json', 200, {
  Authorization: `Basic ${basic}`,
  'User-Agent': 'Lumen Wallet/3.4',
});

export async function startIdVerification(user) {
  const result = await post('/initiate', {
    customerInternalReference: user.id,
    userReference: user.id,
    workflowId: 201,
  });
  return { link: result.redirectUrl, scan: result.transactionReference };
}
