// Onboarding per data centre: the v4 initiate URL comes from the shared builder module.
import axios from 'axios';
import { v4InitiateUrl, type DataCentre } from './jumio-urls';
import { saveScan } from './store';

export async function startOnboarding(dc: DataCentre, customerId: string) {
  const response = await axios.post<{ redirectUrl: string; transactionReference: string }>(
    v4InitiateUrl(dc),
    { customerInternalReference: customerId, userReference: customerId, workflowId: 201 },
    { auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' } },
  );
  await saveScan(customerId, response.data.transactionReference);
  return response.data.redirectUrl;
}
