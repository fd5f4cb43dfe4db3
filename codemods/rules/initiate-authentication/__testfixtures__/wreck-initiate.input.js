'use strict';

const Wreck = require('@hapi/wreck');

// A hapi plugin's helper: starts a face authentication for a returning customer.
const INITIATE_URL = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

exports.startFaceCheck = async (request, h) => {
  const { customer } = request.auth.credentials;
  const { payload } = await Wreck.post(INITIATE_URL, {
    json: true,
    timeout: 15000,
    headers: {
      Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
      'User-Agent': 'Merlion Securities/5.2',
    },
    payload: {
      enrollmentTransactionReference: customer.jumioReference,
      userReference: customer.id,
      locale: 'en-GB',
    },
  });
  return h.redirect(payload.redirectUrl);
};
