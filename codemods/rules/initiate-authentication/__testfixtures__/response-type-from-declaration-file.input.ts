// The answer's type comes from a sibling .d.ts, which no run edits: the migrated call reads a KYX-shaped copy
// declared above it, and an item names the declaration file's type.
import type { LegacyInitiateAnswer } from './legacy-initiate-types.js';

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
  });
  const started = (await res.json()) as LegacyInitiateAnswer;
  return started.redirectUrl;
}
