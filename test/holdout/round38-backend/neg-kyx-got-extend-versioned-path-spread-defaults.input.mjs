// Face login of the credit union's online banking on Jumio's KYX platform (amer-1). One got instance per upstream API:
// the KYX one gets its OAuth2 token in a beforeRequest hook, and the module pins the account API version.
import express from 'express';
import got from 'got';
import { saveFaceLogin } from './store.js';

// Certified against v1 (security review 2024-05); bump together with the response handling below.
const ACCOUNT_API_VERSION = 'v1';

let cachedToken = null;

async function kyxToken() {
  if (cachedToken && cachedToken.expiresAt - 60_000 > Date.now()) return cachedToken.value;
  const { access_token: value, expires_in: seconds } = await got
    .post('https://auth.amer-1.jumio.ai/oauth2/token', {
      form: { grant_type: 'client_credentials' },
      username: process.env.KYX_CLIENT_ID,
      password: process.env.KYX_CLIENT_SECRET,
    })
    .json();
  cachedToken = { value, expiresAt: Date.now() + seconds * 1000 };
  return value;
}

const kyx = got.extend({
  prefixUrl: 'https://account.amer-1.jumio.ai/api',
  headers: { accept: 'application/json', 'user-agent': 'Lakeshore Online Banking/6.0' },
  timeout: { request: 10_000 },
  retry: { limit: 0 },
  hooks: {
    beforeRequest: [
      async (options) => {
        options.headers.authorization = `Bearer ${await kyxToken()}`;
      },
    ],
  },
});

// Everything that is the same for every member's face login.
const FACE_LOGIN_DEFAULTS = {
  web: {
    successUrl: 'https://online.lakeshorecu.example/face-login/complete',
    errorUrl: 'https://online.lakeshorecu.example/face-login/failed',
    locale: 'en-US',
  },
  callbackUrl: 'https://api.lakeshorecu.example/hooks/kyx/face-login',
  tokenLifetime: '20m',
};

export async function startFaceLogin(member) {
  const started = await kyx
    .put(`${ACCOUNT_API_VERSION}/accounts/${member.kyxAccountId}`, {
      json: {
        ...FACE_LOGIN_DEFAULTS,
        customerInternalReference: member.memberNumber,
        userReference: member.memberNumber,
        workflowDefinition: { key: 9, credentials: [{ id: member.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      },
    })
    .json();
  await saveFaceLogin(member.memberNumber, started.workflowExecution.id);
  return started.web.href;
}

export const faceLoginRouter = express.Router();

faceLoginRouter.post('/face-login', async (req, res, next) => {
  if (!req.user?.kyxAccountId) return res.redirect(303, '/security/face-login/enrol');
  try {
    res.redirect(303, await startFaceLogin(req.user));
  } catch (err) {
    req.log.warn({ err, member: req.user.memberNumber }, 'face login could not start');
    next(err);
  }
});
