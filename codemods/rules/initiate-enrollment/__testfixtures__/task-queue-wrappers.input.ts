// Onboarding links for an imported batch, rate-limited: bottleneck for the EU tenant, p-limit for the US one.
import Bottleneck from 'bottleneck';
import pLimit from 'p-limit';
import axios from 'axios';

const euLimiter = new Bottleneck({ maxConcurrent: 1, minTime: 500 });
const usLimit = pLimit(3);
const auth = { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' };

export async function euLink(customerId: string): Promise<string> {
  const { data } = await euLimiter.schedule(() =>
    axios.post('https://lon.netverify.com/api/v4/initiate', { customerInternalReference: customerId, workflowId: 200 }, { auth }),
  );
  return data.redirectUrl;
}

export async function usLinks(customerIds: string[]) {
  return Promise.all(
    customerIds.map(async (id) => {
      const res = await usLimit(async () => {
        const r = await axios.post('https://netverify.com/api/v4/initiate', { customerInternalReference: id, workflowId: 201 }, { auth });
        return r.data;
      });
      return { id, url: res.redirectUrl, scanRef: res.transactionReference };
    }),
  );
}
