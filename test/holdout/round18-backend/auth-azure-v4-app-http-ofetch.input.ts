// Azure Functions, Node programming model v4 (SG): an HTTP-triggered function registered with app.http() starts the
// face login with ofetch and answers the SPA with the link; the Basic credentials come from the app settings.
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { ofetch } from 'ofetch';

interface JumioAuthInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const JUMIO_BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export async function faceLoginStart(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const { userId, enrollmentReference } = (await request.json()) as { userId: string; enrollmentReference: string };

  const started = await ofetch<JumioAuthInitiateResponse>('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${JUMIO_BASIC}`,
      'User-Agent': 'Acme Functions/2.1',
    },
    body: {
      enrollmentTransactionReference: enrollmentReference,
      userReference: userId,
      callbackUrl: `https://${process.env.WEBSITE_HOSTNAME}/api/face-login-callback`,
      tokenLifetimeInMinutes: 1440,
    },
  });

  context.log(`face login ${started.transactionReference} started for ${userId}`);
  return { status: 200, jsonBody: { url: started.redirectUrl } };
}

app.http('faceLoginStart', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'face-login/start',
  handler: faceLoginStart,
});
