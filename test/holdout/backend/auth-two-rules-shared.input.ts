import axios from 'axios';

const JUMIO_BASE = 'https://netverify.com/api';
const jumioAuth = { username: process.env.JUMIO_TOKEN ?? '', password: process.env.JUMIO_SECRET ?? '' };

export async function enrol(customerId: string) {
  const { data } = await axios.post(`${JUMIO_BASE}/v4/initiate`, { customerInternalReference: customerId, workflowId: 200 }, { auth: jumioAuth });
  return { link: data.redirectUrl as string, scanRef: data.transactionReference as string };
}

export async function authenticate(scanRef: string) {
  const { data } = await axios.post(`${JUMIO_BASE}/authentication/v1/web/initiate`, { enrollmentTransactionReference: scanRef }, { auth: jumioAuth });
  return data.redirectUrl as string;
}
