// A Next.js API route (pages/api/kyc/start.js): server code, although it builds its return URLs from a
// NEXT_PUBLIC_ variable. The credentials are server-only variables.
import { kyxAccessToken } from './kyx-auth.mjs';

export default async function handler(req, res) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.mjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const response = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${await kyxAccessToken('amer-1')}`,
    },
    body: JSON.stringify({
      customerInternalReference: req.body.userId,
      web: { successUrl: `${process.env.NEXT_PUBLIC_APP_URL}/kyc/success` },
      workflowDefinition: { key: 3 },
    }),
  });
  const data = await response.json();
  res.status(200).json({ redirectUrl: data.web.href });
}
