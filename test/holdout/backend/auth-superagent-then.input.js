import superagent from 'superagent';

const btoa = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export function authenticateUser(user) {
  return superagent
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .set('Authorization', 'Basic ' + btoa)
    .set('Accept', 'application/json')
    .send({ enrollmentTransactionReference: user.jumioRef, userReference: user.id })
    .then((res) => {
      console.log('auth started', res.body.transactionReference);
      return res.body.redirectUrl;
    });
}
