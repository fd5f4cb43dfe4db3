'use strict';
// Hallandia Ömsesidig (Gothenburg): a new policyholder pays the first premium on a hosted card page. Every payment
// provider of the onboarding service extends PaymentProvider, whose session() turns what the provider answers into the
// payment session the web app knows. Nordpay's hosted checkout runs in its Stockholm data centre.
// got 11 (CommonJS).
const got = require('got');
const { saveCheckoutSession } = require('./db.cjs');

class PaymentProvider {
  constructor(name) {
    this.name = name;
  }

  session(applicationId, link, reference) {
    return { provider: this.name, applicationId, link, reference, createdAt: new Date().toISOString() };
  }
}

class NordpayCheckout extends PaymentProvider {
  #checkoutInitiate = 'https://api.nordpay.example/v4/initiate';
  #merchantId = process.env.HALLANDIA_NORDPAY_MERCHANT;
  #apiSecret = process.env.HALLANDIA_NORDPAY_SECRET;

  constructor() {
    super('nordpay');
  }

  // The web app shows where the card data is processed next to the provider (PCI scope review).
  session(applicationId, link, reference) {
    return { ...super.session(applicationId, link, reference), dataCentre: 'SE' };
  }

  async start(application) {
    const started = await got
      .post(this.#checkoutInitiate, {
        json: {
          merchantReference: `HO-${application.id}-P1`,
          userReference: application.applicantId,
          amount: application.firstPremiumOre,
          currency: 'SEK',
          successUrl: `https://mina.hallandia.example/ansokan/${application.id}/betald`,
          errorUrl: `https://mina.hallandia.example/ansokan/${application.id}/betalning-fel`,
          locale: 'sv',
          tokenLifetimeInMinutes: 30,
        },
        username: this.#merchantId,
        password: this.#apiSecret,
        headers: { Accept: 'application/json', 'User-Agent': 'Hallandia-Onboarding/3.4' },
        timeout: { request: 15000 },
      })
      .json();
    const session = this.session(application.id, started.redirectUrl, started.transactionReference);
    await saveCheckoutSession(session);
    return session;
  }
}

module.exports = { nordpayCheckout: new NordpayCheckout() };
