// ID Verification (another Jumio product): the scan status read through ky (US). Reported, not migrated.
import ky from 'ky';

export async function scanStatus(scanReference: string): Promise<string> {
  const { status } = await ky
    .get(`https://netverify.com/api/netverify/v2/scans/${scanReference}`, {
      headers: { Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}` },
    })
    .json<{ status: string }>();
  return status;
}
