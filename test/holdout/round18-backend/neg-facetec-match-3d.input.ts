// Lookalike: face login through a self-hosted FaceTec Server (3D-3D match against the user's enrolment). The users
// table still has the column named when the app used another vendor (enrollmentTransactionReference), now holding
// FaceTec's externalDatabaseRefID; the answer to the browser keeps the old names redirectUrl / transactionReference.
import { randomUUID } from 'node:crypto';
import { saveFaceLogin } from './store.js';

const FACETEC_SERVER = process.env.FACETEC_SERVER_URL ?? 'https://facetec.internal.acme.io';

interface Match3dResponse {
  success: boolean;
  wasProcessed: boolean;
  matchLevel: number;
  scanResultBlob: string;
}

interface FaceScan {
  faceScan: string;
  auditTrailImage: string;
  lowQualityAuditTrailImage: string;
  sessionId: string;
}

export async function authenticateFace(
  user: { id: string; enrollmentTransactionReference: string },
  scan: FaceScan,
): Promise<{ redirectUrl: string; transactionReference: string; scanResultBlob: string }> {
  const transactionReference = randomUUID();
  const res = await fetch(`${FACETEC_SERVER}/match-3d-3d`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Device-Key': process.env.FACETEC_DEVICE_KEY!, 'X-User-Agent': scan.sessionId },
    body: JSON.stringify({ ...scan, externalDatabaseRefID: user.enrollmentTransactionReference }),
  });
  const match = (await res.json()) as Match3dResponse;
  const passed = match.success && match.wasProcessed && match.matchLevel >= 10;
  if (passed) await saveFaceLogin(user.id, transactionReference);
  return { redirectUrl: passed ? '/account' : '/login?face=failed', transactionReference, scanResultBlob: match.scanResultBlob };
}
