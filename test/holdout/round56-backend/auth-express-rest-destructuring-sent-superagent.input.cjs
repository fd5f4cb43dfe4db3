// Lion City Card Services (SG) card app: showing a card's PIN in the app is confirmed with a face login. Express 4,
// CommonJS, superagent. The app's web view has always been given the vendor's answer as it is (it opens the face
// login page from it and polls our status route with the reference); only the vendor's clock is kept back, since the
// app kept showing it as the time of the request.
'use strict';

const express = require('express');
const superagent = require('superagent');
const { findCard, savePinRevealStepUp } = require('./db.cjs');

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

const router = express.Router();

router.post('/cards/:cardId/pin-reveal/face-login', async (req, res, next) => {
  try {
    const card = await findCard(req.params.cardId, req.session.customerId);
    if (!card) return res.status(404).json({ error: 'no such card' });

    const nv = await superagent
      .post(NV_SG_INITIATE)
      .auth(process.env.LIONCITY_NV_TOKEN, process.env.LIONCITY_NV_SECRET)
      .set('Accept', 'application/json')
      .set('User-Agent', 'LionCity-CardApp/5.3')
      .send({
        enrollmentTransactionReference: card.holder.enrolmentReference,
        userReference: card.holder.customerNo,
        successUrl: `https://app.lioncitycards.example/cards/${card.id}/pin`,
        errorUrl: `https://app.lioncitycards.example/cards/${card.id}/pin-not-shown`,
        locale: 'en-GB',
        tokenLifetimeInMinutes: 5,
      });

    const { timestamp, ...faceLogin } = nv.body;
    await savePinRevealStepUp(card.id, faceLogin.transactionReference, timestamp);
    res.status(201).json(faceLogin);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
