/* @flow */
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';
import type { $Request, $Response } from 'express';

// TODO(netverify-migrate): initiate-authentication: this Flow type still names the legacy field(s) redirectUrl, transactionReference: the codemod rewrites code, not Flow types — give it the KYX shape (see MIGRATION.md)
export type InitiateResponse = {|
  timestamp: string,
  redirectUrl: string,
  transactionReference: string,
|};

export async function startAuth(req: $Request, res: $Response): Promise<void> {
  const enrollmentRef: string = (req.body.enrollmentRef: any);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const { data } = await axios.put<InitiateResponse>(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    {
      customerInternalReference: enrollmentRef,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: {
        successUrl: 'https://shop.example/auth/ok',
        errorUrl: 'https://shop.example/auth/error',
      },
      tokenLifetime: '15m',
    },
    {
      headers: { 'User-Agent': 'Shop/1.0', Accept: 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    },
  );
  res.json({ url: data.web.href, ref: data.workflowExecution.id });
}
