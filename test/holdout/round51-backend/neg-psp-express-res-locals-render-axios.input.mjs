// Banque Lumière (EU) account opening: the first deposit page embeds the payment provider's hosted checkout. Express 4
// with server-side views (Nunjucks), ESM, axios. startCheckout opens the checkout session and leaves the provider's
// answer in res.locals, which the page handler renders from.
import express from 'express';
import axios from 'axios';
import { findCheckout, saveCheckoutSession } from './db.mjs';

const PAYLUME_SESSIONS = 'https://api.paylume.example/v4/initiate';

async function startCheckout(req, res, next) {
  try {
    const checkout = await findCheckout(req.params.checkoutId);
    const { data } = await axios.post(
      PAYLUME_SESSIONS,
      {
        merchantReference: `depot-${checkout.id}`,
        userReference: checkout.customerId,
        amount: checkout.amount,
        currency: checkout.currency,
        successUrl: `https://ouvrir.banquelumiere.example/depots/${checkout.id}/ok`,
        errorUrl: `https://ouvrir.banquelumiere.example/depots/${checkout.id}/erreur`,
        locale: 'fr',
        tokenLifetimeInMinutes: 60,
      },
      {
        auth: { username: process.env.LUMIERE_PAYLUME_KEY, password: process.env.LUMIERE_PAYLUME_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'Lumiere-Ouverture/3.0' },
      },
    );
    res.locals.checkout = checkout;
    res.locals.checkoutSession = data;
    next();
  } catch (err) {
    next(err);
  }
}

export const depositPages = express.Router();

depositPages.get('/depots/:checkoutId', startCheckout, async (req, res, next) => {
  try {
    await saveCheckoutSession(res.locals.checkout.id, res.locals.checkoutSession.transactionReference);
    res.render('onboarding/deposit', {
      title: 'Premier dépôt',
      checkoutUrl: res.locals.checkoutSession.redirectUrl,
    });
  } catch (err) {
    next(err);
  }
});
