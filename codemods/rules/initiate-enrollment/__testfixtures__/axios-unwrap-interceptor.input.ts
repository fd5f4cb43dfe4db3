import axios from 'axios';

interface InitiateResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const netverify = axios.create({
  baseURL: 'https://lon.netverify.com/api/v4',
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  headers: { 'User-Agent': 'Kestrel Invest/2.2' },
});

// Callers get the body, not the axios response.
netverify.interceptors.response.use((response) => response.data);

export async function createKycSession(clientId: string, country: string) {
  const session = (await netverify.post('/initiate', {
    customerInternalReference: clientId,
    workflowId: 200,
    presets: [{ index: 1, country, type: 'ID_CARD' }],
  })) as unknown as InitiateResponse;
  return { url: session.redirectUrl, scanReference: session.transactionReference };
}
