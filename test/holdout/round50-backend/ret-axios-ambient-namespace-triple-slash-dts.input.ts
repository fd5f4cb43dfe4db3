/// <reference path="./netverify-api.d.ts" />
// Lindqvist Bank (EU): the branch tablet polls the face-login result of a cash withdrawal above the daily limit. axios;
// the vendor's types are the ambient NetverifyApi namespace of the service's old typings folder, brought in by the
// reference above.
import axios from 'axios';
import { findCounterWithdrawal, settleCounterWithdrawal } from './store.js';

const NV_EU = 'https://lon.netverify.com';

export async function pollCounterWithdrawal(withdrawalId: string): Promise<'pending' | 'approved' | 'declined'> {
  const withdrawal = await findCounterWithdrawal(withdrawalId);
  const { data: details } = await axios.get<NetverifyApi.AuthenticationDetails>(
    `${NV_EU}/api/netverify/v2/authentications/${withdrawal.faceLoginReference}`,
    {
      auth: { username: process.env.LINDQVIST_NV_TOKEN ?? '', password: process.env.LINDQVIST_NV_SECRET ?? '' },
      headers: { Accept: 'application/json', 'User-Agent': 'Lindqvist-Counter/5.0' },
    },
  );

  switch (details.transactionResult) {
    case 'CREATED':
    case 'STARTED':
      return 'pending';
    case 'PASSED':
      if (details.userReference !== withdrawal.customerNo) return 'declined';
      await settleCounterWithdrawal(withdrawal.id, details.transactionReference, true);
      return 'approved';
    default:
      await settleCounterWithdrawal(withdrawal.id, details.transactionReference, false);
      return 'declined';
  }
}
