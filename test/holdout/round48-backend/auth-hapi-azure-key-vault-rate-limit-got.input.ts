// Juniper Trust (US): raising a card's daily card-not-present limit above $5,000 asks the cardholder for a selfie
// against the ID check from account opening. hapi 21, TypeScript, got. The vendor credentials live in Azure Key Vault
// and are read per request through the workload identity (the SDK caches its own token; a rotated secret takes effect
// at once). hapi-rate-limit caps the route per cardholder: every initiate is billed.
import type { Request, ResponseToolkit, Server } from '@hapi/hapi';
import { DefaultAzureCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';
import got from 'got';
import { findCardLimitRequest, saveCardLimitStepUp } from './store.js';

const NV_US_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';
const keyVault = new SecretClient(process.env.KEY_VAULT_URL ?? 'https://kv-juniper-cards.vault.azure.net', new DefaultAzureCredential());

type FaceLoginStarted = { timestamp: string; redirectUrl: string; transactionReference: string };

export function registerCardLimitStepUp(server: Server): void {
  server.route({
    method: 'POST',
    path: '/cards/{cardId}/limit-requests/{requestId}/face-login',
    options: {
      auth: 'session',
      plugins: {
        'hapi-rate-limit': { pathLimit: false, userPathLimit: 3, userPathCache: { expiresIn: 15 * 60 * 1000 } },
      },
      handler: async (req: Request, h: ResponseToolkit) => {
        const limitRequest = await findCardLimitRequest(req.params.cardId, req.params.requestId);
        if (!limitRequest) return h.response({ error: 'unknown limit request' }).code(404);

        const [apiToken, apiSecret] = await Promise.all([
          keyVault.getSecret('netverify-api-token'),
          keyVault.getSecret('netverify-api-secret'),
        ]);

        const started = await got
          .post(NV_US_INITIATE, {
            json: {
              enrollmentTransactionReference: limitRequest.cardholder.netverifyEnrollmentRef,
              userReference: limitRequest.cardholder.id,
              successUrl: `https://cards.junipertrust.example/limits/${limitRequest.id}/confirmed`,
              errorUrl: `https://cards.junipertrust.example/limits/${limitRequest.id}/declined`,
              locale: 'en-US',
              tokenLifetimeInMinutes: 60,
            },
            username: apiToken.value,
            password: apiSecret.value,
            headers: { Accept: 'application/json', 'User-Agent': 'JuniperTrust-Cards/6.0' },
          })
          .json<FaceLoginStarted>();

        await saveCardLimitStepUp(limitRequest.id, started.transactionReference);
        return h.response({ faceLoginUrl: started.redirectUrl }).code(201);
      },
    },
  });
}
