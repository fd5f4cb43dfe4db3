import { onCall } from 'firebase-functions/v2/https';
import axios from 'axios';
import { kyxToken } from './kyx-token';

// Migrated to KYX in March: workflow 9 on the user's existing account.
export const startFaceAuthKyx = onCall(async (request) => {
  const { accountId, userReference } = request.data as { accountId: string; userReference: string };
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${accountId}`,
    {
      customerInternalReference: userReference,
      userReference,
      callbackUrl: 'https://api.tidepool.example/jumio/kyx-callback',
      workflowDefinition: { key: 9 },
      web: { successUrl: 'https://app.tidepool.example/face/done', locale: 'en-GB' },
    },
    { headers: { Authorization: `Bearer ${await kyxToken()}`, 'User-Agent': 'Tidepool/7.0' } },
  );
  return { redirectUrl: data.web.href, transactionReference: data.workflowExecution.id };
});
