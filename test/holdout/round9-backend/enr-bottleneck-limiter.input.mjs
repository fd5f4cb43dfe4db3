// Bulk onboarding import: one Jumio link per imported customer, rate-limited with bottleneck (US).
import Bottleneck from 'bottleneck';
import got from 'got';

const limiter = new Bottleneck({ maxConcurrent: 2, minTime: 250 });
const JUMIO_INITIATE = 'https://netverify.com/api/v4/initiate';

export async function createLinks(customers) {
  const links = [];
  for (const customer of customers) {
    const started = await limiter.schedule(() =>
      got
        .post(JUMIO_INITIATE, {
          json: { customerInternalReference: customer.id, userReference: customer.email, workflowId: 100, tokenLifetimeInMinutes: 4320 },
          username: process.env.JUMIO_API_TOKEN,
          password: process.env.JUMIO_API_SECRET,
        })
        .json(),
    );
    links.push({ customer: customer.id, url: started.redirectUrl, scanRef: started.transactionReference });
  }
  return links;
}
