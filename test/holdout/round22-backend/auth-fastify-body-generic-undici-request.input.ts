// Face login start of the EU e-banking API (Fastify 4 with a typed Body generic, undici's request). The route answers
// with reply.send; the request body is a JSON string built in the handler.
import Fastify from 'fastify';
import { request } from 'undici';
import { saveFaceLogin } from './store.js';

const JUMIO_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const basicAuth = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

interface FaceLoginBody {
  customerId: string;
  enrollmentReference: string;
  language?: string;
}

interface JumioFaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export const app = Fastify({ logger: true });

app.post<{ Body: FaceLoginBody }>('/v1/face-login', async (req, reply) => {
  const { customerId, enrollmentReference, language } = req.body;
  const payload = JSON.stringify({
    enrollmentTransactionReference: enrollmentReference,
    userReference: customerId,
    successUrl: 'https://ebank.acme.eu/face-login/complete',
    errorUrl: 'https://ebank.acme.eu/face-login/failed',
    locale: language ?? 'en-GB',
    tokenLifetimeInMinutes: 20,
  });
  const { statusCode, body } = await request(JUMIO_EU_INITIATE, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
      authorization: basicAuth,
      'user-agent': 'Acme eBanking EU/5.2',
    },
    body: payload,
  });
  if (statusCode !== 200) {
    return reply.code(502).send({ error: `face login unavailable (${statusCode})` });
  }
  const started = (await body.json()) as JumioFaceLoginStart;
  await saveFaceLogin(customerId, started.transactionReference);
  return reply.send({ url: started.redirectUrl });
});
