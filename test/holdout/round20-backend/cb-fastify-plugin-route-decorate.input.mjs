// Fastify 4 plugin (ESM) of the identity service: face-login results are posted here form-encoded (parsed by
// @fastify/formbody). The plugin decorates the instance with the result store the handler reaches through `this`.
import formbody from '@fastify/formbody';
import fp from 'fastify-plugin';
import { saveResult } from './store.js';

export default fp(async (fastify) => {
  await fastify.register(formbody);
  fastify.decorate('faceLoginResults', { save: saveResult });

  fastify.route({
    method: 'POST',
    url: '/identity/face-login/result',
    handler: async function (request, reply) {
      const form = request.body;
      if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return reply.code(400).send();
      const liveness = form.livenessImages ? JSON.parse(form.livenessImages) : [];
      await this.faceLoginResults.save(form.transactionReference, {
        result: form.transactionResult,
        source: form.scanSource,
        face: form.idScanImageFace,
        livenessCount: liveness.length,
        finishedAt: form.transactionDate,
      });
      return reply.code(200).send();
    },
  });
});
