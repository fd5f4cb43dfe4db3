// Azure Functions, Node programming model v4 (EU): the mobile bank's "log in with your face" button calls this HTTP
// function. It starts the face login with axios and records the pending session through a Cosmos DB output binding
// declared in extraOutputs; the app is sent on to the identity page.
import { app, output, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import axios from 'axios';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface FaceLoginRequest {
  memberId: string;
  enrolmentReference: string;
  locale?: string;
}

const FACE_LOGIN_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const PORTAL = process.env.MEMBER_PORTAL_URL ?? 'https://members.hafenbank.example';

const pendingSessions = output.cosmosDB({
  databaseName: 'identity',
  containerName: 'faceLoginSessions',
  connection: 'COSMOS_CONNECTION',
  createIfNotExists: false,
});

app.http('faceLoginBegin', {
  methods: ['POST'],
  authLevel: 'function',
  route: 'members/face-login',
  extraOutputs: [pendingSessions],
  handler: async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    const body = (await request.json()) as FaceLoginRequest;
    if (!body?.memberId || !body.enrolmentReference) {
      return { status: 400, jsonBody: { error: 'memberId and enrolmentReference are required' } };
    }

    try {
      const { data } = await axios.post<FaceLoginStart>(
        FACE_LOGIN_INITIATE,
        {
          enrollmentTransactionReference: body.enrolmentReference,
          userReference: body.memberId,
          successUrl: `${PORTAL}/face-login/complete`,
          errorUrl: `${PORTAL}/face-login/failed`,
          callbackUrl: `https://${process.env.WEBSITE_HOSTNAME}/api/identity/face-login-result`,
          locale: body.locale ?? 'de',
          tokenLifetimeInMinutes: 15,
        },
        {
          auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
          headers: { Accept: 'application/json', 'User-Agent': 'Hafenbank Functions/3.4' },
        },
      );

      context.extraOutputs.set(pendingSessions, {
        id: data.transactionReference,
        memberId: body.memberId,
        startedAt: data.timestamp,
        status: 'PENDING',
      });
      context.log(`face login ${data.transactionReference} started for member ${body.memberId}`);
      return { status: 200, jsonBody: { redirectTo: data.redirectUrl } };
    } catch (err) {
      context.error('face login could not be started', err);
      return { status: 502, jsonBody: { error: 'identity provider unavailable' } };
    }
  },
});
