// Yearly re-authentication campaign: one link per customer, streamed to the mailer.
import axios from 'axios';

interface Customer {
  id: string;
  email: string;
  jumioEnrollmentRef: string;
}

const client = axios.create({ timeout: 15_000 });

export async function* reauthenticationLinks(customers: AsyncIterable<Customer>) {
  for await (const customer of customers) {
    const res = await client.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: customer.jumioEnrollmentRef,
      userReference: customer.id,
      tokenLifetimeInMinutes: 10080,
      successUrl: 'https://members.example.com/reauth/thanks',
    }, {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { 'User-Agent': 'Members Campaigns/2024' },
    });
    yield { email: customer.email, link: res.data.redirectUrl, reference: res.data.transactionReference };
  }
}
