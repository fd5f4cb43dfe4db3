// Tulip Mobility (EU): a new driver's ID check before the first car-sharing booking. AWS Lambda behind an HTTP API
// (JWT authorizer), ESM, Node 20's fetch. The vendor credentials come from AWS Secrets Manager through the AWS
// Parameters and Secrets Lambda Extension: a local HTTP endpoint inside the execution environment that caches the
// secret (five minutes, the layer's default), so no SDK client and no Secrets Manager call per invocation.
import { findDriverApplication, saveIdentityCheck } from './db.mjs';

const SECRETS_EXTENSION = `http://localhost:${process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773'}`;
const NETVERIFY_EU_V4 = 'https://lon.netverify.com/api/v4/initiate';

async function netverifyCredentials() {
  const secretId = encodeURIComponent(process.env.NETVERIFY_SECRET_ARN);
  const res = await fetch(`${SECRETS_EXTENSION}/secretsmanager/get?secretId=${secretId}`, {
    headers: { 'X-Aws-Parameters-Secrets-Token': process.env.AWS_SESSION_TOKEN },
  });
  if (!res.ok) throw new Error(`secrets extension answered ${res.status}`);
  const { SecretString } = await res.json();
  return JSON.parse(SecretString);
}

export const handler = async (event) => {
  const driverSub = event.requestContext.authorizer.jwt.claims.sub;
  const application = await findDriverApplication(event.pathParameters.applicationId, driverSub);
  if (!application) return { statusCode: 404, body: JSON.stringify({ error: 'unknown application' }) };

  const { apiToken, apiSecret } = await netverifyCredentials();
  const res = await fetch(NETVERIFY_EU_V4, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from(`${apiToken}:${apiSecret}`).toString('base64')}`,
      'User-Agent': 'TulipMobility-Onboarding/2.4',
    },
    body: JSON.stringify({
      customerInternalReference: `driver-${application.id}`,
      userReference: application.driverId,
      workflowId: 200,
      presets: [{ index: 1, country: 'NLD', type: 'DRIVING_LICENSE' }],
      successUrl: `https://app.tulipmobility.example/onboarding/${application.id}/identity/done`,
      errorUrl: `https://app.tulipmobility.example/onboarding/${application.id}/identity/retry`,
      callbackUrl: 'https://api.tulipmobility.example/webhooks/netverify/id-verification',
      locale: 'nl',
      tokenLifetimeInMinutes: 2880,
    }),
  });
  if (!res.ok) {
    console.error('identity verification initiate failed', { applicationId: application.id, status: res.status });
    return { statusCode: 502, body: JSON.stringify({ error: 'identity provider unavailable' }) };
  }

  const started = await res.json();
  await saveIdentityCheck(application.id, started.transactionReference, started.timestamp);
  return { statusCode: 201, body: JSON.stringify({ link: started.redirectUrl }) };
};
