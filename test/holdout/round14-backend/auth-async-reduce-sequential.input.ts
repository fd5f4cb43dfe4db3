// A campaign started one customer at a time (the vendor rate-limits us): an async reduce over the list (Singapore).
interface Customer {
  id: string;
  enrollment: string;
}

interface LegacyStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const SGP_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

export function startCampaign(customers: Customer[]): Promise<{ customerId: string; link: string; reference: string }[]> {
  return customers.reduce<Promise<{ customerId: string; link: string; reference: string }[]>>(async (previous, customer) => {
    const done = await previous;
    const res = await fetch(SGP_INITIATE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${credentials}` },
      body: JSON.stringify({ enrollmentTransactionReference: customer.enrollment, userReference: customer.id, tokenLifetimeInMinutes: 60 * 48 }),
    });
    const json = (await res.json()) as LegacyStart;
    return [...done, { customerId: customer.id, link: json.redirectUrl, reference: json.transactionReference }];
  }, Promise.resolve([]));
}
