// ID Verification (another Jumio product): the scan's extracted data, under a cockatiel retry (EU).
import axios from 'axios';
import { handleAll, retry } from 'cockatiel';

const policy = retry(handleAll, { maxAttempts: 3 });

export async function scanData(scanReference: string) {
  const { data } = await policy.execute(() =>
    axios.get(`https://lon.netverify.com/api/netverify/v2/scans/${scanReference}/data`, {
      auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
    }),
  );
  return { firstName: data.document.firstName, status: data.document.status };
}
