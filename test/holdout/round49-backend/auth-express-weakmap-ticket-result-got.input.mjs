// Straits Brokerage (SG): changing the bank account that withdrawals go to needs a selfie against the ID check from
// account opening. Express 4 router, ESM, got. Tickets keep their state private in a WeakMap (the code base's pattern
// from before private fields), and the service answers with a Result instead of throwing when the vendor refuses.
import express from 'express';
import got, { HTTPError } from 'got';
import { findClient, recordWithdrawalAccountStepUp } from './db.mjs';

const NETVERIFY_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';

class Result {
  static ok(value) {
    return new Result(true, value, null);
  }

  static fail(error) {
    return new Result(false, null, error);
  }

  constructor(ok, value, error) {
    this.ok = ok;
    this.value = value;
    this.error = error;
    Object.freeze(this);
  }
}

const internals = new WeakMap();

class FaceLoginTicket {
  constructor(answer, clientNo) {
    internals.set(this, {
      url: answer.redirectUrl,
      reference: answer.transactionReference,
      issuedAt: new Date(answer.timestamp),
      clientNo,
    });
    Object.freeze(this);
  }

  get url() {
    return internals.get(this).url;
  }

  get reference() {
    return internals.get(this).reference;
  }

  toJSON() {
    const { url, reference, issuedAt } = internals.get(this);
    return { url, reference, issuedAt: issuedAt.toISOString() };
  }
}

async function startTicket(client) {
  try {
    const answer = await got
      .post(NETVERIFY_SG_INITIATE, {
        json: {
          enrollmentTransactionReference: client.jumioScanReference,
          userReference: client.clientNo,
          successUrl: 'https://trade.straits-brokerage.example/account/withdrawal-bank/confirmed',
          errorUrl: 'https://trade.straits-brokerage.example/account/withdrawal-bank/not-confirmed',
          locale: client.locale === 'zh' ? 'zh-CN' : 'en',
          tokenLifetimeInMinutes: 30,
        },
        username: process.env.STRAITS_NV_TOKEN,
        password: process.env.STRAITS_NV_SECRET,
        headers: { Accept: 'application/json', 'User-Agent': 'StraitsBrokerage-Accounts/5.1' },
        timeout: { request: 15000 },
      })
      .json();
    return Result.ok(new FaceLoginTicket(answer, client.clientNo));
  } catch (err) {
    if (err instanceof HTTPError) return Result.fail({ status: err.response.statusCode });
    throw err;
  }
}

export const withdrawalAccounts = express.Router();

withdrawalAccounts.post('/account/withdrawal-bank/step-up', async (req, res, next) => {
  try {
    const client = await findClient(req.session.clientNo);
    if (!client) return res.status(401).json({ error: 'sign in first' });

    const result = await startTicket(client);
    if (!result.ok) return res.status(502).json({ error: 'identity check unavailable', upstream: result.error.status });

    await recordWithdrawalAccountStepUp(client.clientNo, result.value.reference);
    res.status(201).json(result.value);
  } catch (err) {
    next(err);
  }
});
