// Kelong Wallet: face login before a large top-up (Netverify Authentication, SG data centre).
// House style: single quotes, semicolons, no trailing commas; request bodies stay on one line (prettier-ignore),
// so that a diff of the vendor payload is one line.
import got from 'got';
import { saveTopUpFaceLogin } from './db.js';

const NV_SG_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const WALLET = 'https://wallet.kelong.example';

export interface WalletHolder {
  walletNo: string;
  onboardingScanRef: string;
}

export async function startTopUpFaceLogin(holder: WalletHolder, topUpId: string): Promise<{ url: string; reference: string }> {
  const started = await got
    .post(NV_SG_INITIATE, {
      // prettier-ignore
      json: { enrollmentTransactionReference: holder.onboardingScanRef, userReference: holder.walletNo, successUrl: `${WALLET}/top-ups/${topUpId}/face-login/ok`, errorUrl: `${WALLET}/top-ups/${topUpId}/face-login/failed`, locale: 'en-SG', tokenLifetimeInMinutes: 20 },
      username: process.env.KELONG_NV_TOKEN,
      password: process.env.KELONG_NV_SECRET,
      headers: { 'User-Agent': 'Kelong-Wallet/3.0' }
    })
    // got's json() resolves to the parsed body
    .json();
  // @ts-expect-error -- got's json() answers unknown; the shape is the vendor's documented one
  const { redirectUrl, transactionReference } = started;
  await saveTopUpFaceLogin(topUpId, transactionReference);
  return { url: redirectUrl, reference: transactionReference };
}

export function isLargeTopUp(amountMinor: number, currency: string): boolean {
  const thresholds: Record<string, number> = { SGD: 500_000, USD: 400_000, MYR: 1_500_000 };
  return amountMinor >= (thresholds[currency] ?? Number.POSITIVE_INFINITY);
}
