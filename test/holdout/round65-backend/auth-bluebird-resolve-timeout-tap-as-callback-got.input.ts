// Merlion Securities: a face login before a client's trading limit is raised (Singapore data centre). The order
// gateway that calls this module is an older callback-style service, so the module keeps its node-style API,
// `startLimitFaceLogin(client, limit, cb)`; the vendor call itself is async/await, bridged to the callback with
// Bluebird: a 12 s deadline, a metric, then the callback.
import Bluebird from 'bluebird';
import got from 'got';
import { metrics, saveLimitFaceLogin } from './db.js';

const NV_SG = 'https://core-sgp.jumio.com';
const TRADE_SITE = 'https://trade.merlionsec.example';

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export interface TradingClient {
  clientNo: string;
  accountOpeningScanRef: string;
  locale: string;
}

async function initiate(client: TradingClient, requestedLimit: number): Promise<FaceLoginStarted> {
  const started = await got
    .post(`${NV_SG}/api/authentication/v1/web/initiate`, {
      json: {
        enrollmentTransactionReference: client.accountOpeningScanRef,
        userReference: client.clientNo,
        successUrl: `${TRADE_SITE}/limits/${requestedLimit}/verified`,
        errorUrl: `${TRADE_SITE}/limits/not-verified`,
        locale: client.locale,
        tokenLifetimeInMinutes: 15,
      },
      username: process.env.MERLION_NV_TOKEN,
      password: process.env.MERLION_NV_SECRET,
      headers: { 'user-agent': 'MerlionSec-Gateway/4.4' },
    })
    .json<FaceLoginStarted>();
  await saveLimitFaceLogin(client.clientNo, started.transactionReference, started.timestamp);
  return started;
}

export function startLimitFaceLogin(
  client: TradingClient,
  requestedLimit: number,
  cb: (err: Error | null, started?: FaceLoginStarted) => void,
): void {
  Bluebird.resolve(initiate(client, requestedLimit))
    .timeout(12_000, 'face login initiate timed out')
    .tap(() => metrics.increment('limit_face_login.started'))
    .asCallback(cb);
}

export function limitNeedsFaceLogin(currentLimit: number, requestedLimit: number): boolean {
  return requestedLimit > currentLimit * 2 || requestedLimit > 500_000;
}
