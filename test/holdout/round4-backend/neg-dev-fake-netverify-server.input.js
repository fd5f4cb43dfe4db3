// Local stand-in for the legacy Jumio API used by `npm run dev` (no network, no credentials).
const express = require('express');
const { randomUUID } = require('node:crypto');

const app = express();
app.use(express.json());

app.post('/api/authentication/v1/web/initiate', (req, res) => {
  const transactionReference = randomUUID();
  res.json({
    timestamp: new Date().toISOString(),
    redirectUrl: `http://localhost:4010/fake-client?ref=${transactionReference}&next=${encodeURIComponent(req.body.successUrl || '/')}`,
    transactionReference,
  });
});

app.get('/api/netverify/v2/authentications/:ref', (req, res) => {
  res.json({ transactionReference: req.params.ref, transactionResult: 'PASSED', transactionDate: new Date().toISOString() });
});

app.listen(4010, () => console.log('fake netverify on :4010'));
