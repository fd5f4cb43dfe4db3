// The compliance archive (the app's own service) still serves the authentication results it copied before the
// switch, under the same path on its own host; not Jumio.
import ky from 'ky';

export async function archivedFaceLogin(reference: string) {
  const d = await ky
    .get(`https://archive.acme.internal/api/netverify/v2/authentications/${reference}`, { headers: { 'X-Archive-Key': process.env.ARCHIVE_KEY! } })
    .json<{ transactionReference: string; transactionResult: string; userReference?: string }>();
  return { ref: d.transactionReference, passed: d.transactionResult === 'PASSED' };
}
