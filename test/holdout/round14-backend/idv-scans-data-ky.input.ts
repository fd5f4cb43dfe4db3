// ID Verification (another Jumio product): the extracted data of a scan, through ky (US).
import ky from 'ky';

export async function scanData(scanReference: string) {
  return ky
    .get(`https://netverify.com/api/netverify/v2/scans/${scanReference}/data`, {
      headers: { Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}` },
    })
    .json<{ document: { firstName?: string; lastName?: string } }>();
}
