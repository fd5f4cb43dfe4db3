// Defaults consts the rewrite must not change: one also read elsewhere (its legacy shape is still used there), one
// whose web fields the body adds to (two web objects: the body's would replace the const's whole), one holding a field
// the codemod does not map. Each spread stays as written, with the item asking to check it.
import axios from 'axios';
import { kyxAccessToken } from './kyx-auth';

const SHARED_DEFAULTS = { workflowId: 100, successUrl: 'https://acme.com/kyc/complete' };
const PAGE_DEFAULTS = { successUrl: 'https://acme.com/kyc/complete', tokenLifetimeInMinutes: 60 };
const ODD_DEFAULTS = { workflowId: 100, presetsVersion: 2 };

export function describeDefaults(): string {
  return JSON.stringify(SHARED_DEFAULTS);
}

export async function openShared(customerId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-enrollment: the body spreads another object: check it holds no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime); SHARED_DEFAULTS holds workflowId, successUrl (workflowId 100 is KYX workflowDefinition.key 2: the body's own workflowDefinition must say so)
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', { ...SHARED_DEFAULTS, customerInternalReference: customerId, workflowDefinition: { key: 3 } }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}

export async function openWithErrorPage(customerId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-enrollment: the body spreads another object: check it holds no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime); PAGE_DEFAULTS holds successUrl, tokenLifetimeInMinutes
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', { ...PAGE_DEFAULTS, web: { errorUrl: 'https://acme.com/kyc/error' }, customerInternalReference: customerId, workflowDefinition: { key: 3 } }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}

export async function openOdd(customerId: string): Promise<string> {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  // TODO(netverify-migrate): initiate-enrollment: the body spreads another object: check it holds no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime); ODD_DEFAULTS holds workflowId (workflowId 100 is KYX workflowDefinition.key 2: the body's own workflowDefinition must say so)
  const { data } = await axios.post('https://account.amer-1.jumio.ai/api/v1/accounts', { ...ODD_DEFAULTS, customerInternalReference: customerId, workflowDefinition: { key: 3 } }, {
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
  });
  return data.web.href;
}
