// Defaults consts the rewrite must not change: one also read elsewhere (its legacy shape is still used there), one
// whose web fields the body adds to (two web objects: the body's would replace the const's whole), one holding a field
// the codemod does not map. Each spread stays as written, with the item asking to check it.
import axios from 'axios';

const SHARED_DEFAULTS = { workflowId: 100, successUrl: 'https://acme.com/kyc/complete' };
const PAGE_DEFAULTS = { successUrl: 'https://acme.com/kyc/complete', tokenLifetimeInMinutes: 60 };
const ODD_DEFAULTS = { workflowId: 100, presetsVersion: 2 };

export function describeDefaults(): string {
  return JSON.stringify(SHARED_DEFAULTS);
}

export async function openShared(customerId: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', { ...SHARED_DEFAULTS, customerInternalReference: customerId }, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return data.redirectUrl;
}

export async function openWithErrorPage(customerId: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', { ...PAGE_DEFAULTS, errorUrl: 'https://acme.com/kyc/error', customerInternalReference: customerId }, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return data.redirectUrl;
}

export async function openOdd(customerId: string): Promise<string> {
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', { ...ODD_DEFAULTS, customerInternalReference: customerId }, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return data.redirectUrl;
}
