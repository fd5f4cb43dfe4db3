// Cedar Point Brokerage (US): a client re-authenticates with a selfie before a withdrawal goes to a bank account that
// was added in the last 30 days. Sessions are written to the brokerage's Postgres with plain SQL; the column names are
// the DBA's from the first integration (2019), and the compliance reports select them by name.
import Router from '@koa/router';
import ky from 'ky';
import pg from 'pg';
import { findClientForWithdrawal } from './store.js';

const pool = new pg.Pool({ connectionString: process.env.BROKERAGE_DATABASE_URL });

const NETVERIFY_AUTH_INITIATE = 'https://www.netverify.com/api/authentication/v1/web/initiate';

interface NetverifyInitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const INSERT_SESSION = `
  INSERT INTO auth_sessions (client_id, withdrawal_id, transaction_reference, redirect_url, started_at)
  VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT (withdrawal_id) DO UPDATE
    SET transaction_reference = EXCLUDED.transaction_reference, redirect_url = EXCLUDED.redirect_url, started_at = EXCLUDED.started_at`;

export const withdrawalRouter = new Router({ prefix: '/withdrawals' });

withdrawalRouter.post('/:withdrawalId/face-login', async (ctx: any) => {
  const withdrawalId: string = ctx.params.withdrawalId;
  const client = await findClientForWithdrawal(withdrawalId);
  if (!client) {
    ctx.status = 404;
    return;
  }

  const started = await ky
    .post(NETVERIFY_AUTH_INITIATE, {
      json: {
        enrollmentTransactionReference: client.netverifyScanReference,
        userReference: client.accountNumber,
        successUrl: `https://invest.cedarpoint.example/withdrawals/${withdrawalId}/verified`,
        errorUrl: `https://invest.cedarpoint.example/withdrawals/${withdrawalId}/not-verified`,
        locale: 'en-US',
        tokenLifetimeInMinutes: 10,
      },
      headers: {
        Authorization: `Basic ${process.env.CEDAR_NETVERIFY_BASIC}`,
        'User-Agent': 'CedarPoint-Withdrawals/4.0',
      },
      timeout: 15_000,
    })
    .json<NetverifyInitiateResponse>();

  await pool.query(INSERT_SESSION, [client.id, withdrawalId, started.transactionReference, started.redirectUrl, started.timestamp]);

  ctx.status = 201;
  ctx.body = { verifyAt: started.redirectUrl };
});

withdrawalRouter.get('/:withdrawalId/face-login', async (ctx: any) => {
  const { rows } = await pool.query(
    'SELECT transaction_reference, redirect_url, started_at FROM auth_sessions WHERE withdrawal_id = $1',
    [ctx.params.withdrawalId],
  );
  if (rows.length === 0) {
    ctx.status = 404;
    return;
  }
  ctx.body = { reference: rows[0].transaction_reference, verifyAt: rows[0].redirect_url, startedAt: rows[0].started_at };
});
