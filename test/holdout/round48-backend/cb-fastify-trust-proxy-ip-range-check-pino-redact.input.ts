// Sable Creek Bank (US): the vendor posts face-login results here. Fastify 4, TypeScript. The service runs behind the
// company's load balancers (10.0.0.0/8), so Fastify derives the caller from X-Forwarded-For (trustProxy), and an
// onRequest hook lets only the vendor's documented callback sources (callback.jumio.com) reach the webhook routes.
// The callback form carries links to the customer's face images: the logger redacts them, and the user reference.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import ipRangeCheck from 'ip-range-check';
import { applyFaceLoginResult } from './store.js';

/** The US data centre's callback sources, one /32 each, as the network team keeps them. */
const NETVERIFY_US_CALLBACK_CIDRS = [
  '34.202.241.227/32',
  '34.226.103.119/32',
  '34.226.254.127/32',
  '52.52.51.178/32',
  '52.53.95.123/32',
  '54.67.101.173/32',
];

export const app = Fastify({
  trustProxy: '10.0.0.0/8',
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: ['req.headers.authorization', 'form.idScanImageFace', 'form.livenessImages', 'form.userReference'],
      censor: '[redacted]',
    },
  },
});

app.register(formbody);

app.addHook('onRequest', async (request: any, reply: any) => {
  if (!request.url.startsWith('/webhooks/netverify/')) return;
  if (!ipRangeCheck(request.ip, NETVERIFY_US_CALLBACK_CIDRS)) {
    request.log.warn({ ip: request.ip, hops: request.ips }, 'webhook from an unknown source');
    return reply.code(403).send();
  }
});

app.post('/webhooks/netverify/face-login', async (request: any, reply: any) => {
  const form = request.body as Record<string, string>;
  request.log.info({ form }, 'face login callback');
  if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return reply.code(204).send();

  await applyFaceLoginResult({
    reference: form.transactionReference,
    passed: form.transactionResult === 'PASSED',
    result: form.transactionResult,
    sentAt: form.callbackDate,
  });
  return reply.code(200).send();
});
