// Identity verification through Shufti Pro (CommonJS, axios): Basic auth with the client id and secret key, an
// onsite journey with face and document checks; the app redirects the user to verification_url.
const axios = require('axios');
const { saveKycCase } = require('./db');

const SHUFTI_URL = 'https://api.shuftipro.com/';
const auth = { username: process.env.SHUFTI_CLIENT_ID, password: process.env.SHUFTI_SECRET_KEY };

async function startVerification(user) {
  const { data } = await axios.post(
    SHUFTI_URL,
    {
      reference: `kyc-${user.id}-${Date.now()}`,
      callback_url: 'https://api.acme.io/hooks/shufti',
      redirect_url: 'https://app.acme.io/verification/done',
      country: user.country,
      language: 'EN',
      verification_mode: 'image_only',
      face: {},
      document: { supported_types: ['id_card', 'passport'], name: '', dob: '' },
    },
    { auth, headers: { 'User-Agent': 'Acme KYC/1.0' } },
  );
  if (data.event !== 'request.pending') throw new Error(`Shufti Pro: ${data.event}`);
  await saveKycCase(user.id, data.reference);
  return data.verification_url;
}

async function verificationStatus(reference) {
  const { data } = await axios.post(`${SHUFTI_URL}status`, { reference }, { auth });
  return { reference: data.reference, accepted: data.event === 'verification.accepted' };
}

module.exports = { startVerification, verificationStatus };
