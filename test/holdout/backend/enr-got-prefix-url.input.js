import got from 'got';

const jumio = got.extend({
  prefixUrl: 'https://netverify.com/api/',
  username: process.env.JUMIO_TOKEN,
  password: process.env.JUMIO_SECRET,
});

export async function initiateVerification(userId) {
  const body = await jumio.post('v4/initiate', { json: { customerInternalReference: userId, workflowId: 999 } }).json();
  return body.redirectUrl;
}
