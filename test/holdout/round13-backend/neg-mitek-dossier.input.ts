// Mitek MiPass / Mobile Verify dossier with a selfie comparison; OAuth bearer from Mitek's identity server.
import axios from 'axios';

export async function verifyDossier(token: string, images: { front: string; selfie: string }, userReference: string) {
  const { data } = await axios.post(
    'https://api.mitekcloud.com/api/verify/v2/dossier',
    { evidence: [{ type: 'IdDocument', images: [{ data: images.front }] }, { type: 'Biometric', biometricType: 'Selfie', data: images.selfie }], customerReferenceId: userReference },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return { transactionReference: data.dossierMetadata.dossierId, transactionResult: data.findings.overallStatus };
}
