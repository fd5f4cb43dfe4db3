'use strict';

// Nordvik Bank: face login (step-up) before a payment to a new recipient
// (Netverify Authentication, EU data centre). The module is indented with two spaces;
// startStepUp was pasted from the mobile team's gateway and keeps its tabs.
const fetch = require('node-fetch');
const { saveStepUp } = require('./db.cjs');

const NETVERIFY_EU = 'https://lon.netverify.com';
const API_TOKEN = process.env.NORDVIK_NV_TOKEN;
const API_SECRET = process.env.NORDVIK_NV_SECRET;

async function startStepUp(customer, reason) {
	const res = await fetch(NETVERIFY_EU + '/api/authentication/v1/web/initiate', {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			Accept: 'application/json',
			Authorization: 'Basic ' + Buffer.from(API_TOKEN + ':' + API_SECRET).toString('base64'),
			'User-Agent': 'Nordvik-StepUp/1.2 (' + reason + ')',
		},
		body: JSON.stringify({
			enrollmentTransactionReference: customer.ekycReference,
			userReference: customer.customerId,
			successUrl: 'https://nettbank.nordvik.example/step-up/ok',
			errorUrl: 'https://nettbank.nordvik.example/step-up/cancelled',
			locale: 'nb',
			tokenLifetimeInMinutes: 5,
		}),
	});
	if (!res.ok) throw new Error('step-up initiate failed: ' + res.status);
	const started = await res.json();
	return started;
}

function stepUpRoutes(router) {
  router.post('/payments/:paymentId/step-up', async (req, res, next) => {
    try {
      const session = await startStepUp(req.user, 'new-recipient');
      await saveStepUp(req.params.paymentId, session.transactionReference);
      res.json({ url: session.redirectUrl });
    } catch (err) {
      next(err);
    }
  });
  return router;
}

module.exports = { stepUpRoutes };
