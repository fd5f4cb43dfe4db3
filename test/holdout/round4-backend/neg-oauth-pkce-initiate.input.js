const crypto = require('node:crypto');
const express = require('express');

const router = express.Router();
const AUTHORIZE = 'https://login.acme-idp.com/oauth2/v1/authorize';

router.get('/auth/initiate', (req, res) => {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  req.session.pkce = { verifier, redirectUrl: req.query.redirectUrl || '/' };
  const url = new URL(AUTHORIZE);
  url.searchParams.set('client_id', process.env.OIDC_CLIENT_ID);
  url.searchParams.set('redirect_uri', `${process.env.APP_URL}/auth/callback`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  res.redirect(url.toString());
});

router.post('/auth/token', express.urlencoded({ extended: false }), async (req, res) => {
  const { authorizationToken, transactionReference } = req.body;
  res.json({ ok: Boolean(authorizationToken && transactionReference) });
});

module.exports = router;
