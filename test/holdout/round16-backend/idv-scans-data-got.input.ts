// The ID-verification product (EU): the extracted data of an onboarding scan (not an authentication).
import got from 'got';

export async function scanData(scanReference: string) {
  return got(`https://lon.netverify.com/api/netverify/v2/scans/${scanReference}/data`, {
    username: process.env.JUMIO_API_TOKEN,
    password: process.env.JUMIO_API_SECRET,
  }).json<{ document: { firstName?: string; lastName?: string } }>();
}
