// The answer is cast to a DTO class of another module: the class stays as written; this file declares a KYX-shaped
// copy above the function and the cast names it.
import axios from 'axios';
import { FaceLoginStartedDto } from './step-up-dto.js';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';

interface KyxFaceLoginStartedDto {
  web: { href: string };
  workflowExecution: { id: string };
  timestamp: string;
}

export async function startFaceLogin(enrolment: string, userId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrolment);
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    customerInternalReference: userId,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    userReference: userId,
  }, { headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` } });
  // TODO(netverify-migrate): initiate-authentication: FaceLoginStartedDto (imported from './step-up-dto.js') is a class in the legacy initiate response shape, kept as written: this migrated initiate's answer is typed KyxFaceLoginStartedDto, a KYX-shaped copy declared in this file. Where an instance of FaceLoginStartedDto is served or expected, map web.href → redirectUrl and workflowExecution.id → transactionReference into it, or move the class to the KYX fields and delete KyxFaceLoginStartedDto
  const started = data as KyxFaceLoginStartedDto;
  return `${started.web.href}#${started.workflowExecution.id}`;
}
