import 'dotenv-safe/config';
import axios from 'axios';

const { JUMIO_TOKEN, JUMIO_SECRET, JUMIO_DATACENTER = 'US' } = process.env;

const DATACENTERS = new Map([
  ['US', 'https://netverify.com'],
  ['EU', 'https://lon.netverify.com'],
]);

export async function requestFaceAuthentication(customer) {
  const base = DATACENTERS.get(JUMIO_DATACENTER);
  const response = await axios({
    method: 'post',
    url: `${base}/api/authentication/v1/web/initiate`,
    auth: { username: JUMIO_TOKEN, password: JUMIO_SECRET },
    headers: { 'User-Agent': 'Harbor CRM/3.3' },
    data: {
      enrollmentTransactionReference: customer.kycReference,
      userReference: customer.customerNumber,
      callbackUrl: 'https://crm.harbor.example/webhooks/jumio',
    },
  });
  return response.data.redirectUrl;
}
