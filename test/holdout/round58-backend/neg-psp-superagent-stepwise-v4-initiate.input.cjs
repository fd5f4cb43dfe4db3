// Lusa Seguros Digital (PT): the first premium of a new policy is paid on PagaMundi's hosted payment page. Monthly
// plans also register the card for the following premiums, and customers from Brazil get the Brazilian Portuguese
// page. Express 4 router, CommonJS, superagent.
'use strict';

const express = require('express');
const superagent = require('superagent');
const { findPolicyQuote, savePendingPayment } = require('./db.cjs');

const PAGAMUNDI_V4 = 'https://api.pagamundi.example/v4/initiate';
const APP = 'https://app.lusaseguros.example';

const router = express.Router();

router.post('/apolices/:quoteId/pagamento', async (req, res, next) => {
  try {
    const quote = await findPolicyQuote(req.params.quoteId);
    if (!quote) return res.status(404).json({ error: 'simulação desconhecida' });

    const payload = {
      merchantReference: `LSD-${quote.quoteNo}`,
      userReference: quote.customerId,
      amount: quote.firstPremiumCents,
      currency: 'EUR',
      successUrl: `${APP}/apolices/${quote.id}/pagamento/concluido`,
      errorUrl: `${APP}/apolices/${quote.id}/pagamento/erro`,
      tokenLifetimeInMinutes: 30,
    };
    // Monthly plans: keep the card for the next premiums.
    if (quote.billing === 'monthly') payload.storeCard = true;
    payload.locale = quote.customerNationality === 'BRA' ? 'pt-BR' : 'pt';

    const response = await superagent
      .post(PAGAMUNDI_V4)
      .auth(process.env.PAGAMUNDI_MERCHANT_ID, process.env.PAGAMUNDI_API_KEY)
      .set('Accept', 'application/json')
      .set('User-Agent', 'LusaSeguros-Subscricao/1.9')
      .send(payload);

    await savePendingPayment(quote.id, { paymentReference: response.body.transactionReference, billing: quote.billing });
    res.status(201).json({ url: response.body.redirectUrl });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
