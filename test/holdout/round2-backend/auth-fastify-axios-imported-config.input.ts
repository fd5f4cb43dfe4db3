import type { FastifyInstance } from 'fastify';
import axios from 'axios';
import { IDV_AUTH_PATH, IDV_HOSTS, IDV_TIMEOUT_MS, IDV_USER_AGENT, type IdvRegion } from './idv-settings.js';

interface StartBody {
  region: IdvRegion;
  locale?: string;
}

export default async function stepUpRoutes(app: FastifyInstance) {
  app.post<{ Body: StartBody }>('/v1/step-up', async (request, reply) => {
    const account = await app.accounts.byId(request.user.sub);
    const payload = {
      enrollmentTransactionReference: account.kycReference,
      userReference: account.id,
      callbackUrl: `${app.config.publicUrl}/hooks/idv`,
      locale: request.body.locale ?? 'en',
    };
    return axios
      .post(`${IDV_HOSTS[request.body.region]}${IDV_AUTH_PATH}`, payload, {
        auth: { username: app.config.idvToken, password: app.config.idvSecret },
        headers: { 'User-Agent': IDV_USER_AGENT, Accept: 'application/json' },
        timeout: IDV_TIMEOUT_MS,
      })
      .then((response) => {
        reply.code(201);
        return { redirect: response.data.redirectUrl, reference: response.data.transactionReference };
      })
      .catch((err) => {
        request.log.error({ err }, 'step-up initiate failed');
        throw app.httpErrors.badGateway('identity provider unavailable');
      });
  });
}
