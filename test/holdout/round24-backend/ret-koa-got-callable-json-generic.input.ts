// Face login status for the insurer's claims portal (Koa 2 + @koa/router, TypeScript, got 12). The claims page polls
// this route until the face login has a result.
import Router from '@koa/router';
import got from 'got';

interface AuthenticationResult {
  timestamp: string;
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

const JUMIO_USER = process.env.JUMIO_API_TOKEN ?? '';
const JUMIO_PASS = process.env.JUMIO_API_SECRET ?? '';

export const claims = new Router({ prefix: '/claims' });

claims.get('/:claimId/face-login/:reference', async (ctx) => {
  const { reference } = ctx.params;
  const result = await got(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
    username: JUMIO_USER,
    password: JUMIO_PASS,
    headers: { accept: 'application/json', 'user-agent': 'Acme Claims EU/2.8' },
  }).json<AuthenticationResult>();
  ctx.body = {
    reference: result.transactionReference,
    done: result.transactionResult !== 'CREATED' && result.transactionResult !== 'STARTED',
    passed: result.transactionResult === 'PASSED',
    at: result.transactionDate,
  };
});
