// Smile ID (another vendor): a Smile Link for biometric KYC, with its own redirect and callback words.
import axios from 'axios';
import { createHmac } from 'node:crypto';

export async function smileFaceCheck(userId: string) {
  const timestamp = new Date().toISOString();
  const partnerId = process.env.SMILE_PARTNER_ID!;
  const signature = createHmac('sha256', process.env.SMILE_API_KEY!).update(timestamp + partnerId + 'sid_request').digest('base64');
  const { data } = await axios.post('https://api.smileidentity.com/v1/smile_links', {
    partner_id: partnerId,
    signature,
    timestamp,
    name: 'Face check',
    company_name: 'Acme',
    id_types: [{ country: 'NG', id_type: 'BVN', verification_method: 'biometric_kyc' }],
    callback_url: 'https://acme.example/hooks/smile',
    redirectUrl: 'https://acme.example/face/done',
    user_id: userId,
  });
  return { url: data.link as string, transactionReference: data.ref_id as string };
}
