// Lantern Bay Securities (Singapore): a margin top-up above the client's daily limit is confirmed with a face login
// against their account-opening ID check. TypeScript, axios, neverthrow.
// Every step of the top-up flow answers a ResultAsync and the handler composes them (topups/flow.ts:
// startMarginFaceLogin(…).andThen(holdTopUp)…), so nothing in the flow throws.
import axios from 'axios';
import { ResultAsync } from 'neverthrow';
import type { MarginClient } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const NV_AUTH = { username: process.env.LANTERNBAY_NV_TOKEN ?? '', password: process.env.LANTERNBAY_NV_SECRET ?? '' };

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export type StepUpLink = { url: string; reference: string };
export type StepUpError = { code: 'vendor'; message: string };

const toStepUpError = (error: unknown): StepUpError => ({
  code: 'vendor',
  message: error instanceof Error ? error.message : String(error),
});

/** Face login before a margin top-up; the flow holds the top-up until the client is back. */
export function startMarginFaceLogin(client: MarginClient, topUpId: string): ResultAsync<StepUpLink, StepUpError> {
  return ResultAsync.fromPromise(
    axios.post<FaceLoginStarted>(
      NV_SG_INITIATE,
      {
        enrollmentTransactionReference: client.accountOpeningCheckRef,
        userReference: client.clientId,
        successUrl: `https://trade.lanternbay.example/margin/top-ups/${topUpId}/confirmed`,
        errorUrl: `https://trade.lanternbay.example/margin/top-ups/${topUpId}/not-confirmed`,
        locale: 'zh-CN',
        tokenLifetimeInMinutes: 10,
      },
      { auth: NV_AUTH, headers: { Accept: 'application/json', 'User-Agent': 'LanternBay-Trade/9.3' } },
    ),
    toStepUpError,
  ).map(({ data }) => ({ url: data.redirectUrl, reference: data.transactionReference }));
}
