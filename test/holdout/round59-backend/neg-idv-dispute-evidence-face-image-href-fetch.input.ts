// Northgate Card (US) chargebacks: a disputed purchase the cardholder confirmed with FaceCheck gets FaceCheck's record
// of the check and the face it captured in the chargeback case. TypeScript, the global fetch (Node 20). Called by the
// chargeback worker once per new case.
import { attachCaseDocument, findChargebackCase, saveCaseFaceCheck } from './db.js';

const FACECHECK_AUTHENTICATIONS = 'https://api.facecheck-id.example/v2/authentications';
const FACECHECK_AUTH = 'Basic ' + Buffer.from(`${process.env.NORTHGATE_FC_KEY}:${process.env.NORTHGATE_FC_SECRET}`).toString('base64');

interface FaceCheckImage {
  classifier: string;
  href: string;
}

interface FaceCheckDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
  images?: FaceCheckImage[];
}

export async function attachFaceCheck(caseNo: string): Promise<{ attached: boolean }> {
  const chargeback = await findChargebackCase(caseNo);
  if (!chargeback.faceCheckId) return { attached: false };

  const res = await fetch(`${FACECHECK_AUTHENTICATIONS}/${chargeback.faceCheckId}`, {
    headers: { Accept: 'application/json', Authorization: FACECHECK_AUTH, 'User-Agent': 'Northgate-Chargebacks/2.3' },
  });
  if (!res.ok) throw new Error(`FaceCheck lookup failed: HTTP ${res.status}`);
  const details = (await res.json()) as FaceCheckDetails;

  // The face the check captured, served with the same API key as the lookup.
  const face = details.images?.find((image) => image.classifier === 'face');
  let faceFile: string | null = null;
  if (face) {
    const image = await fetch(face.href, {
      headers: { Accept: 'image/jpeg, image/png', Authorization: FACECHECK_AUTH, 'User-Agent': 'Northgate-Chargebacks/2.3' },
    });
    if (!image.ok) throw new Error(`FaceCheck image download failed: HTTP ${image.status}`);
    const extension = image.headers.get('content-type') === 'image/png' ? 'png' : 'jpg';
    faceFile = await attachCaseDocument(caseNo, `facecheck-face.${extension}`, Buffer.from(await image.arrayBuffer()));
  }

  await saveCaseFaceCheck(caseNo, {
    faceCheckReference: details.transactionReference,
    holderReference: details.userReference ?? null,
    result: details.transactionResult,
    checkedAt: details.transactionDate,
    faceFile,
  });
  return { attached: true };
}
