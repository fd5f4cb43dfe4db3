// Cognito "Create auth challenge" trigger of the members' user pool (custom auth flow, US data centre). When the
// define-challenge trigger asks for a step-up, the challenge is a Jumio face login against the member's ID enrolment:
// the app gets the link as a public challenge parameter, the reference stays private for the verify trigger.
// It posts the older Authentication guide's v4 form, as the first version of this trigger was written from it.
// Node.js 20 runtime, ES module: the secret is read once per cold start (top-level await), not per invocation.
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const secrets = new SecretsManagerClient({});
const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.FACE_LOGIN_SECRET_ID }));
const config = JSON.parse(SecretString);

const JUMIO_INITIATE = 'https://netverify.com/api/v4/initiate/';
const APP_LINKS = 'https://m.grainfield.example/face-login';

export const handler = async (event) => {
  if (event.request.challengeName !== 'CUSTOM_CHALLENGE') return event;

  const enrolment = event.request.userAttributes['custom:jumio_enrolment'];
  if (!enrolment) {
    // Cognito fails the sign-in; the app falls back to the branch-visit flow.
    throw new Error('member has no ID enrolment on file: no face login challenge');
  }

  const res = await fetch(JUMIO_INITIATE, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${config.jumioApiToken}:${config.jumioApiSecret}`).toString('base64'),
      'User-Agent': 'Grainfield-Cognito/1.4',
    },
    body: JSON.stringify({
      enrollmentTransactionReference: enrolment,
      userReference: event.userName,
      successUrl: `${APP_LINKS}/done`,
      errorUrl: `${APP_LINKS}/failed`,
      callbackUrl: `${config.callbackBase}/jumio/face-login`,
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!res.ok) throw new Error(`face login initiate failed: HTTP ${res.status}`);
  const started = await res.json();

  event.response.publicChallengeParameters = { kind: 'FACE_LOGIN', url: started.redirectUrl };
  event.response.privateChallengeParameters = { reference: started.transactionReference };
  event.response.challengeMetadata = `FACE_LOGIN:${started.transactionReference}`;
  return event;
};
