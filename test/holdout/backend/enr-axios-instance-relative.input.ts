import axios from 'axios';
import type { JumioInitiateResponse } from './jumio-types.js';

const client = axios.create({
  baseURL: 'https://lon.netverify.com/api/',
  auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
  headers: { 'User-Agent': 'Acme KYC/2.0' },
});

export async function getNetverifyLink(customerId: string): Promise<JumioInitiateResponse> {
  const response = await client.post<JumioInitiateResponse>('v4/initiate', {
    customerInternalReference: customerId,
    workflowId: 100,
  });
  console.log('jumio link', response.data.redirectUrl);
  return response.data;
}
