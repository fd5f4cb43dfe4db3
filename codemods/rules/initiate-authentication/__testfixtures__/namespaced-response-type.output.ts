// Response types kept in a namespace; the call names one through a generic.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

namespace Jumio {
  export namespace Auth {
    export interface InitiateResponse {
      timestamp: string;
      web: { href: string };
      workflowExecution: { id: string };
    }
  }
}

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollmentReference);
  const { data } = await axios.put<Jumio.Auth.InitiateResponse>(
    `https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`,
    { customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId },
    { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } },
  );
  console.log('started', data.workflowExecution.id);
  return data.web.href;
}
