// Kanaalbank (NL) fraud operations: a failed face login on a payment above EUR 5,000 opens a case, and the analyst
// wants the liveness frames the vendor kept, not just the verdict. ESM, undici. Called by the case service's queue
// consumer with the case id and the face login's reference.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'undici';
import { addCaseNote } from './db.mjs';

const NV_EU_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';
const NV_BASIC = 'Basic ' + Buffer.from(`${process.env.KANAALBANK_NV_TOKEN}:${process.env.KANAALBANK_NV_SECRET}`).toString('base64');
const CASE_ROOT = process.env.FRAUD_CASE_ROOT || '/srv/fraud-cases';

export async function collectFaceLoginEvidence(caseId, reference) {
  const { statusCode, body } = await request(`${NV_EU_AUTHENTICATIONS}/${reference}`, {
    headers: { accept: 'application/json', authorization: NV_BASIC, 'user-agent': 'Kanaalbank-FraudOps/5.2' },
  });
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`face login lookup failed: HTTP ${statusCode}`);
  }
  const details = await body.json();

  const folder = join(CASE_ROOT, caseId, 'face-login');
  await mkdir(folder, { recursive: true });

  // The frames are listed in no particular order; we number them as listed. They need the same credentials.
  const frames = details.livenessImages ?? [];
  let saved = 0;
  for (const [index, url] of frames.entries()) {
    const frame = await request(url, {
      headers: { accept: 'image/jpeg, image/png', authorization: NV_BASIC, 'user-agent': 'Kanaalbank-FraudOps/5.2' },
    });
    if (frame.statusCode !== 200) {
      await frame.body.dump();
      continue;
    }
    const extension = String(frame.headers['content-type']).includes('png') ? 'png' : 'jpg';
    await writeFile(join(folder, `liveness-${index + 1}.${extension}`), Buffer.from(await frame.body.arrayBuffer()));
    saved += 1;
  }

  await addCaseNote(caseId, [
    `Face login ${details.transactionReference}: ${details.transactionResult} at ${details.transactionDate}`,
    `Channel: ${details.scanSource === 'SDK' ? 'mobile app' : 'web'}`,
    `Liveness frames saved: ${saved} of ${frames.length}`,
  ].join('\n'));
}
