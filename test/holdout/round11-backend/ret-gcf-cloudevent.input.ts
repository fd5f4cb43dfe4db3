// Google Cloud Functions v2: a Pub/Sub CloudEvent carrying a reference triggers the result lookup (US).
import * as functions from '@google-cloud/functions-framework';
import { saveResult } from './store';

functions.cloudEvent<{ message: { data: string } }>('pollFaceLogin', async (event) => {
  const { reference } = JSON.parse(Buffer.from(event.data!.message.data, 'base64').toString());
  const response = await fetch(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'User-Agent': 'Acme Cloud/1.0',
    },
  });
  const details = await response.json();
  await saveResult(details.transactionReference, { user: details.userReference, result: details.transactionResult });
});
