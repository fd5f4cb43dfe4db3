import request from 'superagent';

export async function createVerification(user) {
  const res = await request
    .post('https://netverify.com/api/v4/initiate')
    .auth(process.env.JUMIO_TOKEN, process.env.JUMIO_SECRET)
    .set('User-Agent', 'Redirect Batch/1.0')
    .send({ customerInternalReference: user.id, userReference: user.id, workflowId: 100 });
  return { link: res.body.redirectUrl, scanRef: res.body.transactionReference };
}
