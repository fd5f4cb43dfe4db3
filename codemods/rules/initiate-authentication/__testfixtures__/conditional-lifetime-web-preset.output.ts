import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

const EU_PRESET = { successUrl: 'https://eu.acme.example/done', errorUrl: 'https://eu.acme.example/failed' };
const US_PRESET = { successUrl: 'https://us.acme.example/done', errorUrl: 'https://us.acme.example/failed' };

export async function startFaceAuthentication(ref: string, isEu: boolean, isLong: boolean, lang: string) {
  const kyxAccount = await resolveKyxAccount(ref);
  const body = {
    web: { ...(isEu ? EU_PRESET : US_PRESET), locale: lang === 'de' ? 'de' : 'en' },
    customerInternalReference: ref,
    workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
    tokenLifetime: isLong ? '1h' : '30m',
  };
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.put(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, body, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href as string;
}
