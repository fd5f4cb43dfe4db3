// An async generator (not exported) yields each answer to the file's own `for await`: the loop's reads move, and
// the bottleneck job given its options first settles with what its function returns.
import Bottleneck from 'bottleneck';

interface Started { redirectUrl: string; transactionReference: string }

const limiter = new Bottleneck({ maxConcurrent: 2 });

async function* startAll(enrollments: string[]): AsyncGenerator<Started> {
  for (const enrollment of enrollments) {
    const started = await limiter.schedule({ id: enrollment }, () => fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ enrollmentTransactionReference: enrollment }),
    }).then((res) => res.json() as Promise<Started>));
    yield started;
  }
}

export async function links(enrollments: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const started of startAll(enrollments)) out.push(`${started.transactionReference} ${started.redirectUrl}`);
  return out;
}
