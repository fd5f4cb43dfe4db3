// Savanna Mobile Money (KE): agents open wallets for customers in their shops. The customer gets an SMS with a link to
// verify their national ID card and take a selfie on their own phone. Many come back to the agent for help days
// later, so the agent network asked for links that stay open for ten weeks. Served from the EU data centre.
// CommonJS, node-fetch 2.
'use strict';

const fetch = require('node-fetch');
const { findWalletApplication, saveWalletKyc, sendSms } = require('./db.cjs');

const NV_EU_INITIATE = 'https://lon.netverify.com/api/v4/initiate';
const NV_USER = process.env.SAVANNA_NV_TOKEN;
const NV_PASSWORD = process.env.SAVANNA_NV_SECRET;

async function sendWalletKycLink(applicationId) {
  const application = await findWalletApplication(applicationId);

  const body = {
    customerInternalReference: `SMM-${application.walletNumber}`,
    userReference: application.customerId,
    // 203: the workflow the vendor's solutions team configured for our agent network (ID + selfie, assisted retry).
    workflowId: 203,
    presets: [{ index: 1, country: 'KEN', type: 'ID_CARD' }],
    successUrl: `https://wallet.savanna.example/kyc/${application.id}/asante`,
    errorUrl: `https://wallet.savanna.example/kyc/${application.id}/jaribu-tena`,
    locale: 'sw',
    tokenLifetimeInMinutes: 100800,
  };

  const response = await fetch(NV_EU_INITIATE, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${NV_USER}:${NV_PASSWORD}`).toString('base64'),
      'User-Agent': 'SavannaMobileMoney-Agents/5.0',
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`KYC link not created for application ${application.id}: HTTP ${response.status}`);
  }
  const started = await response.json();

  await saveWalletKyc(application.id, { reference: started.transactionReference, startedAt: started.timestamp });
  await sendSms(application.msisdn, `Savanna: thibitisha kitambulisho chako hapa: ${started.redirectUrl}`);
  return started.transactionReference;
}

module.exports = { sendWalletKycLink };
