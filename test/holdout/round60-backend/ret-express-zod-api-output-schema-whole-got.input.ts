// Copperline Casino cashier API (express-zod-api): support agents look up the face login that cleared a large
// cashout. The endpoint answers what the identity service holds, as it holds it; its output schema is published in
// the cashier's OpenAPI document, which the back-office console is generated from.
import { defaultEndpointsFactory } from 'express-zod-api';
import createHttpError from 'http-errors';
import { z } from 'zod';
import got from 'got';
import { agentAuth, findCashout } from './db.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';

interface FaceLoginDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export const getCashoutFaceLogin = defaultEndpointsFactory.addMiddleware(agentAuth).build({
  method: 'get',
  tag: 'cashier',
  shortDescription: 'The face login that cleared a cashout.',
  input: z.object({ cashoutId: z.string() }),
  output: z.object({
    transactionReference: z.string(),
    transactionResult: z.enum(['CREATED', 'STARTED', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED']),
    transactionDate: z.string(),
    userReference: z.string().optional(),
  }),
  handler: async ({ input, options, logger }) => {
    const cashout = await findCashout(input.cashoutId);
    if (!cashout?.faceLoginReference) throw createHttpError(404, 'no face login for this cashout');
    const details = await got(`${NV_AUTHENTICATIONS}/${cashout.faceLoginReference}`, {
      username: process.env.COPPERLINE_NV_TOKEN,
      password: process.env.COPPERLINE_NV_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'Copperline-Cashier/6.1' },
    }).json<FaceLoginDetails>();
    if (details.userReference !== cashout.playerId) {
      logger.warn(`face login of another player on cashout ${cashout.id}`, { agent: options.agent.id });
    }
    return details;
  },
});
