import axios from 'axios';

export async function initiate(enrollmentRef: string, minutes: number) {
  const response = await axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
    enrollmentTransactionReference: enrollmentRef,
    tokenLifetimeInMinutes: minutes * 2,
    successUrl: 'https://example.com/ok',
  }, {
    headers: { Authorization: 'Basic ' + Buffer.from('token:secret').toString('base64'), 'User-Agent': 'X/1' },
  });
  const data = response.data as { timestamp: string; redirectUrl: string; transactionReference: string };
  const url = data?.['redirectUrl'];
  const { transactionReference } = data;
  return `${url} ${transactionReference}`;
}
