'use strict';
// Lindqvist Försäkring (Stockholm): a new policyholder proves who they are before the first premium is collected. Every
// identity provider of the onboarding service extends IdentityProvider, whose session() turns what the provider
// answers into the onboarding session the web app knows. Netverify's ID check runs in the London data centre.
// got 11 (CommonJS).
const got = require('got');
const { saveOnboardingSession } = require('./db.cjs');

class IdentityProvider {
  constructor(name) {
    this.name = name;
  }

  session(applicationId, link, reference) {
    return { provider: this.name, applicationId, link, reference, createdAt: new Date().toISOString() };
  }
}

class NetverifyIdCheck extends IdentityProvider {
  #v4Initiate = 'https://lon.netverify.com/api/v4/initiate';
  #apiToken = process.env.LINDQVIST_NV_TOKEN;
  #apiSecret = process.env.LINDQVIST_NV_SECRET;

  constructor() {
    super('netverify');
  }

  // The web app shows the data centre next to the provider (the Swedish supervisor asks where the images are kept).
  session(applicationId, link, reference) {
    return { ...super.session(applicationId, link, reference), dataCentre: 'EU' };
  }

  async start(application) {
    const started = await got
      .post(this.#v4Initiate, {
        json: {
          customerInternalReference: `LQ-${application.id}`,
          userReference: application.applicantId,
          workflowId: 200,
          successUrl: `https://kund.lindqvist.example/ansokan/${application.id}/id-klar`,
          errorUrl: `https://kund.lindqvist.example/ansokan/${application.id}/id-fel`,
          locale: 'sv',
          tokenLifetimeInMinutes: 2880,
        },
        username: this.#apiToken,
        password: this.#apiSecret,
        headers: { Accept: 'application/json', 'User-Agent': 'Lindqvist-Onboarding/8.1' },
        timeout: { request: 15000 },
      })
      .json();
    const session = this.session(application.id, started.redirectUrl, started.transactionReference);
    await saveOnboardingSession(session);
    return session;
  }
}

module.exports = { netverifyIdCheck: new NetverifyIdCheck() };
