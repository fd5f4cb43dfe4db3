// The legacy authentication initiate sent to a host the codemod cannot see — a config object's member, an imported
// setting, a parameter — is reported at the call: not proven, so not rewritten. The body (enrollmentTransactionReference)
// says what it is. A call with no path in sight must also carry credentials; the app's own API is left alone.
import axios from 'axios';
import got from 'got';
// The app's settings, loaded from its config service at start-up.
declare const settings: {
  jumioBase: string; jumioToken: string; jumioSecret: string; jumioInitiateUrl: string; apiOrigin: string; endpoints: { faceLogin: string };
};

export async function startFaceLogin(enrollmentTransactionReference: string, userReference: string) {
  const { data } = await axios.post(`${settings.jumioBase}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference, userReference }, {
    auth: { username: settings.jumioToken, password: settings.jumioSecret },
  });
  return data.redirectUrl;
}

export class FaceLogin {
  constructor(private readonly apiBase: string) {}

  async start(reference: string, user: string) {
    // The base is …/api/authentication/v1/web: the call adds the rest.
    const res = await got.post(this.apiBase + '/initiate', {
      json: { enrollmentTransactionReference: reference, userReference: user, successUrl: 'https://bank.example/ok' },
      username: settings.jumioToken,
      password: settings.jumioSecret,
    }).json<{ redirectUrl: string }>();
    return res.redirectUrl;
  }
}

export async function startWithConfiguredUrl(reference: string) {
  const res = await fetch(settings.jumioInitiateUrl, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${settings.jumioToken}:${settings.jumioSecret}`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: reference }),
  });
  return (await res.json()).redirectUrl;
}

// A host set by the constructor's caller, with the legacy one as its default (catalogue: `apiHost = "lon.netverify.com"`).
export class JumioAuthClient {
  constructor(private readonly token: string, private readonly secret: string, private readonly apiHost = 'lon.netverify.com') {}

  async start(reference: string) {
    const res = await axios.post(`https://${this.apiHost}/api/authentication/v1/web/initiate`, { enrollmentTransactionReference: reference }, {
      auth: { username: this.token, password: this.secret },
    });
    return res.data.redirectUrl;
  }
}

// The legacy path and body on a host passed in, sent without credentials: the full path is evidence enough.
export async function onHost(host: string, enrollmentTransactionReference: string) {
  return fetch(`https://${host}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
}

// Not reported: the app's own backend (a path of its own, or a configured endpoint called without credentials).
export async function askOwnBackend(reference: string) {
  await fetch('/api/kyc/face-login', { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: reference }) });
  await fetch(`${settings.apiOrigin}/kyc/face-login`, { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: reference }) });
  return fetch(settings.endpoints.faceLogin, { method: 'POST', body: JSON.stringify({ enrollmentTransactionReference: reference }) });
}
