// Copies that keep every field under its own name are the answer: a spread adding the app's keys, structuredClone,
// Object.assign onto an empty object, a JSON round trip, a rest element. Their reads move; taking the copy is no item.
import axios from 'axios';

interface Started { timestamp: string; redirectUrl: string; transactionReference: string }

export async function start(enrollment: string, wireId: string) {
  const { data } = await axios.post<Started>('https://netverify.com/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment },
    { auth: { username: process.env.NV_TOKEN!, password: process.env.NV_SECRET! } });
  const attempt = { ...data, wireId, requestedAt: Date.now() };
  const cloned = structuredClone(data);
  const assigned = Object.assign({}, data, { wireId });
  const deep = JSON.parse(JSON.stringify(data)) as Started;
  const { timestamp, ...rest } = data;
  return [attempt.redirectUrl, cloned.transactionReference, assigned.redirectUrl, deep.transactionReference, rest.redirectUrl, timestamp];
}
