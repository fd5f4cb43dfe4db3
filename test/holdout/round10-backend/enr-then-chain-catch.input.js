// Promise chain without async (EU): the error handler logs and re-throws.
const axios = require('axios');
const logger = require('pino')();

const auth = { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET };

function createVerificationLink(customer) {
  return axios
    .post(
      'https://lon.netverify.com/api/v4/initiate',
      { customerInternalReference: customer.id, userReference: customer.id, workflowId: 100, locale: customer.locale },
      { auth },
    )
    .then(({ data }) => data)
    .then((session) => ({ link: session.redirectUrl, scanRef: session.transactionReference }))
    .catch((err) => {
      logger.warn({ err, customer: customer.id }, 'jumio initiate failed');
      throw err;
    });
}

module.exports = { createVerificationLink };
