// Face login results for the support console (Express 4, ESM, axios). faceLoginSummary() maps the vendor's details
// to the console's own summary; the route below shows it to an agent.
import express from 'express';
import axios from 'axios';

export function faceLoginSummary(reference) {
  return axios
    .get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
      auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Support Console/4.2' },
      timeout: 8000,
    })
    .then(({ data }) => ({
      reference: data.transactionReference,
      passed: data.transactionResult === 'PASSED',
      user: data.userReference ?? null,
    }));
}

export const support = express.Router();

support.get('/face-logins/:reference', async (req, res) => {
  const summary = await faceLoginSummary(req.params.reference);
  res.json(summary);
});
