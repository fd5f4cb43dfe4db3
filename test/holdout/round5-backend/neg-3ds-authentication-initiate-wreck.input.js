'use strict';
const Wreck = require('@hapi/wreck');

// Card issuer ACS: 3-D Secure 2 step-up. Basic auth with the acquirer's merchant credentials.
const ACS = 'https://acs.cardissuer.example/api/authentication/v1/web/initiate';

async function initiateChallenge(card, order) {
  const { payload } = await Wreck.post(ACS, {
    json: 'force',
    headers: { Authorization: 'Basic ' + Buffer.from(`${process.env.ACQ_MID}:${process.env.ACQ_KEY}`).toString('base64') },
    payload: {
      transactionReference: order.id,
      successUrl: `https://shop.example/orders/${order.id}/3ds/ok`,
      errorUrl: `https://shop.example/orders/${order.id}/3ds/failed`,
      callbackUrl: 'https://shop.example/hooks/3ds',
      cardToken: card.token,
      locale: 'en-GB',
    },
  });
  return { redirectUrl: payload.redirectUrl, transactionReference: payload.transactionReference };
}

module.exports = { initiateChallenge };
