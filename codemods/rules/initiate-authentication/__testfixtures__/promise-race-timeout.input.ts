// A deadline raced against the call: Promise.race settles with the call's response (or the timeout's error).
import axios from 'axios';

const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));

export async function startWithDeadline(enrollment: string, user: string) {
  const res = await Promise.race([
    axios.post<{ redirectUrl: string; transactionReference: string }>('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: user,
    }, { auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! } }),
    timeout(5000),
  ]);
  return { url: res.data.redirectUrl, ref: res.data.transactionReference };
}
