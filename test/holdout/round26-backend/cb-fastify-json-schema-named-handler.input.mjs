// Jumio face login callback (Fastify plugin, @fastify/formbody): a plain JSON schema on the route, the handler declared
// in the plugin and handed to the route.
import formbody from '@fastify/formbody';
import { markUserVerified, saveResult } from './store.js';

const callbackBody = {
  type: 'object',
  required: ['callBackType', 'transactionReference', 'transactionResult'],
  properties: {
    callBackType: { type: 'string' },
    transactionReference: { type: 'string' },
    transactionResult: { type: 'string' },
    userReference: { type: 'string' },
  },
};

export default async function faceLoginCallbacks(fastify) {
  await fastify.register(formbody);

  async function onFaceLoginResult(request, reply) {
    const { callBackType, transactionReference, transactionResult, userReference } = request.body;
    if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
      return reply.code(204).send();
    }
    const passed = transactionResult === 'PASSED';
    await saveResult(transactionReference, { passed });
    await markUserVerified(userReference, passed);
    return reply.code(200).send('OK');
  }

  fastify.post('/jumio/authentication-callback', { schema: { body: callbackBody } }, onFaceLoginResult);
}
