const got = require('got');

const JUMIO_URL = 'https://netverify.com/api/v4/initiate';

module.exports.startVerification = async (user) => {
  const response = await got.post(JUMIO_URL, {
    json: { customerInternalReference: user.id, userReference: user.id, tokenLifetimeInMinutes: 4320 },
    responseType: 'json',
    username: process.env.JUMIO_TOKEN,
    password: process.env.JUMIO_SECRET,
    headers: { 'user-agent': 'Acme/3' },
  });
  return { url: response.body.redirectUrl, scan: response.body.transactionReference };
};
