const needle = require('needle');

const TOKEN_URL = 'https://auth.emea-1.jumio.ai/oauth2/token';
let cache = null;

async function kyxToken() {
  if (cache && cache.expiresAt > Date.now() + 60000) return cache.token;
  const res = await needle('post', TOKEN_URL, 'grant_type=client_credentials', {
    username: process.env.KYX_CLIENT_ID,
    password: process.env.KYX_CLIENT_SECRET,
    auth: 'basic',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  cache = { token: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
  return cache.token;
}

module.exports = { kyxToken };
