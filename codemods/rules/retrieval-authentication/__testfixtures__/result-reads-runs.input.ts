import axios from 'axios';

export async function settle(reference: string) {
  const { data } = await axios.get(`https://netverify.com/api/netverify/v2/authentications/${reference}`, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  });
  if (data.transactionResult === 'CREATED' || data.transactionResult === 'STARTED') return 'pending';
  await audit(reference, data.transactionResult);
  await notify(reference, data.transactionResult === 'PASSED');

  // the date is shown next to the result
  const when = data.transactionDate;
  return `${data.transactionResult} at ${when}`;
}

declare function audit(ref: string, result: string): Promise<void>;
declare function notify(ref: string, passed: boolean): Promise<void>;
