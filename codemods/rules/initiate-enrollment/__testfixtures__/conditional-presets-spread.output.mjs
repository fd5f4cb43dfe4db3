// Presets only when the user chose a document up front.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth.mjs';

export async function createIdCheck({ userId, country, docType }) {
  const body = {
    customerInternalReference: userId,
    workflowDefinition: { key: 3, ...(country && docType ? { credentials: [{ category: 'ID', country: { values: [country] }, type: { values: [docType] } }] } : {}) },
  };
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.mjs); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', body, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return { link: data.web.href, reference: data.workflowExecution.id };
}
