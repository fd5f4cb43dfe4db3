// BankID login through Signicat's Authentication REST API (ESM, node-fetch): a client-credentials token (Basic), an
// authentication session whose URL the browser opens, and the session's result afterwards.
import fetch from 'node-fetch';

const SIGNICAT = 'https://api.signicat.com';
const basic = Buffer.from(`${process.env.SIGNICAT_CLIENT_ID}:${process.env.SIGNICAT_CLIENT_SECRET}`).toString('base64');

async function accessToken() {
  const res = await fetch(`${SIGNICAT}/auth/open/connect/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=signicat-api',
  });
  return (await res.json()).access_token;
}

export async function startBankIdLogin(userId) {
  const res = await fetch(`${SIGNICAT}/auth/rest/sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await accessToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      flow: 'redirect',
      allowedProviders: ['nbid'],
      requestedAttributes: ['name', 'nin'],
      externalReference: userId,
      callbackUrls: {
        success: 'https://bank.acme.no/login/bankid/success',
        abort: 'https://bank.acme.no/login/bankid/abort',
        error: 'https://bank.acme.no/login/bankid/error',
      },
    }),
  });
  const session = await res.json();
  return { redirectUrl: session.authenticationUrl, transactionReference: session.id };
}

export async function bankIdResult(sessionId) {
  const res = await fetch(`${SIGNICAT}/auth/rest/sessions/${sessionId}`, {
    headers: { Authorization: `Bearer ${await accessToken()}` },
  });
  const session = await res.json();
  return { status: session.status, subject: session.subject };
}
