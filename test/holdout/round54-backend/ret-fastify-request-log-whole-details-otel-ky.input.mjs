// Merlion Mobile (SG) customer care console: a SIM swap is done only after the customer's face login, and when a
// customer calls about a swap the agent opens this view. Fastify 4 plugin, ESM, ky. The care team searches the logs by
// SIM swap id when a swap is disputed, so the lookup logs the vendor's answer as it came; the trace gets the reference.
import ky from 'ky';
import { trace } from '@opentelemetry/api';
import { findSimSwap } from './db.mjs';

const NV_SG_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications';
const NV_BASIC = `Basic ${Buffer.from(`${process.env.MERLION_NV_TOKEN}:${process.env.MERLION_NV_SECRET}`).toString('base64')}`;

export default async function simSwapFaceLoginRoutes(app) {
  app.get('/console/sim-swaps/:swapId/face-login', async (request, reply) => {
    const swap = await findSimSwap(request.params.swapId);
    if (!swap?.faceLoginReference) return reply.code(404).send({ error: 'no face login for this SIM swap' });

    const details = await ky
      .get(`${NV_SG_AUTHENTICATIONS}/${swap.faceLoginReference}`, {
        headers: { Accept: 'application/json', Authorization: NV_BASIC, 'User-Agent': 'Merlion-CareConsole/1.9' },
        timeout: 8000,
      })
      .json();

    trace.getActiveSpan()?.setAttributes({
      'simswap.id': swap.id,
      'facelogin.reference': details.transactionReference,
      'facelogin.user_reference': details.userReference ?? 'none',
    });
    request.log.info({ swapId: swap.id, agent: request.user.id, jumio: details }, 'SIM swap face login looked up');

    return {
      reference: details.transactionReference,
      result: details.transactionResult,
      decidedAt: details.transactionDate,
      sameCustomer: details.userReference === swap.customerNo,
    };
  });
}
