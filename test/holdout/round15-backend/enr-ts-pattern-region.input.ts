// ts-pattern picks the data centre (every branch a legacy host); axios.
import axios from 'axios';
import { match } from 'ts-pattern';

type Region = 'us' | 'eu' | 'sg';

export async function startOnboarding(region: Region, customerId: string) {
  const host = match(region)
    .with('us', () => 'https://netverify.com')
    .with('eu', () => 'https://lon.netverify.com')
    .with('sg', () => 'https://core-sgp.jumio.com')
    .exhaustive();
  const { data } = await axios.post(`${host}/api/v4/initiate`, { customerInternalReference: customerId, workflowId: 200 }, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  return { link: data.redirectUrl, reference: data.transactionReference };
}
