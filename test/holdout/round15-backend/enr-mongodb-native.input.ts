// MongoDB native driver (EU): the onboarding service starts the ID + identity verification (workflowId 201) and keeps
// the scan reference on the customer document.
import { MongoClient, ObjectId } from 'mongodb';

const mongo = new MongoClient(process.env.MONGO_URL!);
const customers = mongo.db('onboarding').collection('customers');

export async function startOnboarding(customerId: string): Promise<string> {
  const res = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Onboarding/4.1',
    },
    body: JSON.stringify({ customerInternalReference: customerId, userReference: customerId, workflowId: 201, locale: 'en-GB' }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string; timestamp: string };
  await customers.updateOne({ _id: new ObjectId(customerId) }, { $set: { jumioScanReference: data.transactionReference } });
  return data.redirectUrl;
}
