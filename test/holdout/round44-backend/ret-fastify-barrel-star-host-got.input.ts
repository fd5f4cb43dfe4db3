// Face-login result of the online bank (EU tenant), polled by the step-up page until the check is decided.
//
// The data-centre host comes through the config barrel's `export * from './hosts.js'`, the API user through its
// `export { default as jumioConfig }`; the details' shape is the identity package's shared AuthenticationDetails.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import got from 'got';
import { NETVERIFY_EU, jumioConfig } from './config/index.js';
import type { AuthenticationDetails } from './identity-types.js';
import { recordFaceLoginOutcome } from './store.js';

const PENDING = new Set<AuthenticationDetails['transactionResult']>(['CREATED', 'STARTED']);

export default async function faceLoginResultRoutes(app: FastifyInstance) {
  app.get('/step-up/face-login/:reference/result', async (request: FastifyRequest, reply: FastifyReply) => {
    const { reference } = request.params as { reference: string };

    const details = await got(`${NETVERIFY_EU}/api/netverify/v2/authentications/${reference}`, {
      username: jumioConfig.apiToken,
      password: jumioConfig.apiSecret,
      headers: { Accept: 'application/json', 'User-Agent': jumioConfig.userAgent },
    }).json<AuthenticationDetails>();

    if (PENDING.has(details.transactionResult)) {
      return reply.code(202).send({ reference, pending: true });
    }

    await recordFaceLoginOutcome(details.transactionReference, {
      member: details.userReference,
      result: details.transactionResult,
      decidedAt: details.transactionDate,
    });

    return {
      reference: details.transactionReference,
      passed: details.transactionResult === 'PASSED',
      decidedAt: details.transactionDate,
    };
  });
}
