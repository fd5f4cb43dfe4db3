// Older Jumio guide: an authentication is a v4 initiate carrying the enrolment's scan reference.
const superagent = require('superagent');

const credentials = Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

exports.reauthenticate = async function reauthenticate(customer) {
  const res = await superagent
    .post('https://netverify.com/api/v4/initiate/')
    .set('Authorization', `Basic ${credentials}`)
    .set('Accept', 'application/json')
    .send({
      customerInternalReference: customer.id,
      enrollmentTransactionReference: customer.scanReference,
      userReference: customer.email,
      tokenLifetimeInMinutes: 2880,
    });
  const { body } = res;
  return { redirect: body.redirectUrl, jumioRef: body.transactionReference };
};
