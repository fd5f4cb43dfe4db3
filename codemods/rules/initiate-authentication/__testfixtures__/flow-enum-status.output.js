// @flow
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';
import type { $Request, $Response } from 'express';

export enum AuthStep of string {
  Started = 'started',
  Redirected = 'redirected',
}

enum Region {
  US,
  EU,
  ...
}

export async function startAuth(req: $Request, res: $Response): Promise<void> {
  const region: Region = Region.EU;
  const enrollmentRef: string = (req.body.enrollmentRef: any);
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentRef);
  const { data } = await axios.put(
    `https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    {
      customerInternalReference: enrollmentRef,
      workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      web: {
        successUrl: 'https://shop.example/auth/ok',
        errorUrl: 'https://shop.example/auth/error',
      },
    },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` } },
  );
  res.json({ url: data.web.href, step: AuthStep.Redirected, region });
}
