// Cobaltline Card Services (US) disputes: when a cardholder disputes a card-not-present purchase they confirmed with a
// face login, the evidence pack for the card network gets the vendor's record of that login and the face it captured.
// TypeScript, the global fetch (Node 20). Called by the disputes worker once per new dispute.
import { findDisputedPurchase, saveEvidenceFile, saveEvidenceManifest } from './db.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications';
const NV_AUTH = 'Basic ' + Buffer.from(`${process.env.COBALTLINE_NV_TOKEN}:${process.env.COBALTLINE_NV_SECRET}`).toString('base64');

interface AuthenticationImage {
  classifier: string;
  href: string;
}

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
  images?: AuthenticationImage[];
}

export async function buildFaceLoginEvidence(disputeId: string): Promise<{ attached: boolean }> {
  const purchase = await findDisputedPurchase(disputeId);
  if (!purchase.faceLoginReference) return { attached: false };

  const res = await fetch(`${NV_AUTHENTICATIONS}/${purchase.faceLoginReference}`, {
    headers: { Accept: 'application/json', Authorization: NV_AUTH, 'User-Agent': 'Cobaltline-Disputes/4.1' },
  });
  if (!res.ok) throw new Error(`face login lookup failed: HTTP ${res.status}`);
  const details = (await res.json()) as AuthenticationDetails;

  // The network wants the captured face next to the result. The image is served with the same credentials as the
  // lookup; there is at most one with the "face" classifier.
  const face = details.images?.find((image) => image.classifier === 'face');
  let faceFile: string | null = null;
  if (face) {
    const image = await fetch(face.href, {
      headers: { Accept: 'image/jpeg, image/png', Authorization: NV_AUTH, 'User-Agent': 'Cobaltline-Disputes/4.1' },
    });
    if (!image.ok) throw new Error(`face image download failed: HTTP ${image.status}`);
    const extension = image.headers.get('content-type') === 'image/png' ? 'png' : 'jpg';
    faceFile = await saveEvidenceFile(disputeId, `face-login-face.${extension}`, Buffer.from(await image.arrayBuffer()));
  }

  await saveEvidenceManifest(disputeId, {
    faceLoginReference: details.transactionReference,
    cardholderReference: details.userReference ?? null,
    result: details.transactionResult,
    performedAt: details.transactionDate,
    faceImageFile: faceFile,
  });
  return { attached: true };
}
