import superagent from 'superagent';

const btoa = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

export function startAuth(row) {
  return superagent
    .post('https://netverify.com/api/authentication/v1/web/initiate')
    .set('Authorization', 'Basic ' + btoa)
    .set('User-Agent', 'Redirect Batch/1.0')
    .set('Accept', 'application/json')
    .send({
      enrollmentTransactionReference: row.scanReference,
      userReference: row.userReference,
      locale: row.locale,
    })
    .then((res) => [row.userReference, res.body.redirectUrl, res.body.transactionReference].join(','));
}
