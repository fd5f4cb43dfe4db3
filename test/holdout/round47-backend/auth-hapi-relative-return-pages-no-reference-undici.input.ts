// Alpenland Versicherung (EU): a policyholder who changes the bank account for claim payouts confirms it with a
// selfie against the ID check from onboarding. hapi route on undici; the customer portal is served by the same origin
// as this API, behind the company's reverse proxy.
import type { Request, ResponseToolkit, Server } from '@hapi/hapi';
import { request } from 'undici';
import { findPolicyholder, savePayoutChangeStepUp } from './store.js';

const NV_EU = 'https://lon.netverify.com';
const NV_AUTH = 'Basic ' + Buffer.from(`${process.env.ALPENLAND_NV_TOKEN}:${process.env.ALPENLAND_NV_SECRET}`).toString('base64');

interface StepUpStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export function registerPayoutStepUp(server: Server): void {
  server.route({
    method: 'POST',
    path: '/policyholders/{policyholderId}/payout-account/step-up',
    handler: async (req: Request, h: ResponseToolkit) => {
      const holder = await findPolicyholder(req.params.policyholderId);
      if (!holder) return h.response({ error: 'unbekannter Versicherungsnehmer' }).code(404);

      const { statusCode, body } = await request(`${NV_EU}/api/authentication/v1/web/initiate`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: NV_AUTH,
          'user-agent': 'Alpenland-Kundenportal/3.2',
        },
        body: JSON.stringify({
          enrollmentTransactionReference: holder.netverifyEnrollment,
          successUrl: '/konto/auszahlung/bestaetigt',
          errorUrl: '/konto/auszahlung/abgebrochen',
          locale: 'de',
          // A day and a half: the confirmation e-mail goes out with the evening batch.
          tokenLifetimeInMinutes: 60 * 24 * 1.5,
        }),
      });
      if (statusCode !== 200) {
        await body.dump();
        return h.response({ error: 'Identitätsprüfung derzeit nicht verfügbar' }).code(502);
      }

      const started = (await body.json()) as StepUpStarted;
      await savePayoutChangeStepUp(holder.id, started.transactionReference);
      return h.response({ link: started.redirectUrl }).code(201);
    },
  });
}
