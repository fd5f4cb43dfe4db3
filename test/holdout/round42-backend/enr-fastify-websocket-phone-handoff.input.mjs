// Account opening at Cobalt Credit Union (US data centre): desktop-to-phone hand-off for the ID check. The applicant
// fills in the form on the desktop and scans a QR code with the phone, which opens /onboarding/:applicationId/phone
// and keeps a WebSocket open. When the desktop reaches the ID step it POSTs here; we create the verification with the
// vendor and push the link to the phone(s) of that application, so the capture happens on a device with a camera.
// The desktop only learns that the phone got it.
import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import { saveVerification } from './store.js';

const APP_ORIGIN = process.env.APP_ORIGIN ?? 'https://join.cobaltcu.example';
const JUMIO_CREDENTIALS = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

/** application id → the phone sockets waiting for that application's ID step */
const phones = new Map();

const app = Fastify({ logger: true });
await app.register(websocket, { options: { maxPayload: 4096 } });

app.get('/onboarding/:applicationId/phone', { websocket: true }, (socket, request) => {
  const { applicationId } = request.params;
  if (!phones.has(applicationId)) phones.set(applicationId, new Set());
  phones.get(applicationId).add(socket);
  socket.send(JSON.stringify({ type: 'paired' }));
  socket.on('close', () => {
    const sockets = phones.get(applicationId);
    sockets?.delete(socket);
    if (sockets?.size === 0) phones.delete(applicationId);
  });
});

app.post('/onboarding/:applicationId/id-step', async (request, reply) => {
  const { applicationId } = request.params;
  const sockets = phones.get(applicationId);
  if (!sockets?.size) return reply.code(409).send({ error: 'scan the QR code with your phone first' });

  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'CobaltCU-Onboarding/4.4',
      Authorization: `Basic ${JUMIO_CREDENTIALS}`,
    },
    body: JSON.stringify({
      customerInternalReference: applicationId,
      userReference: applicationId,
      workflowId: 201,
      presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
      successUrl: `${APP_ORIGIN}/onboarding/${applicationId}/phone/id-done`,
      errorUrl: `${APP_ORIGIN}/onboarding/${applicationId}/phone/id-failed`,
      callbackUrl: `${APP_ORIGIN}/hooks/jumio/id-verification`,
      tokenLifetimeInMinutes: 60,
    }),
  });
  if (!res.ok) {
    request.log.error({ status: res.status }, 'ID verification could not be created');
    return reply.code(502).send({ error: 'the ID check is unavailable, try again in a minute' });
  }
  const started = await res.json();
  await saveVerification(applicationId, started.transactionReference);

  const message = JSON.stringify({ type: 'open-id-check', href: started.redirectUrl });
  for (const socket of sockets) socket.send(message);
  return { sentToPhones: sockets.size };
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
