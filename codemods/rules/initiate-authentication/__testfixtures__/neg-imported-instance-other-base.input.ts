// An instance of another module whose base URL is the app's own KYC gateway (not a Jumio host): the body is the
// gateway's, which happens to forward a legacy-looking reference; nothing to migrate or flag.
import { kycGateway } from './shared-jumio-clients';

export async function startFaceLogin(enrollmentReference: string, userId: string): Promise<string> {
  const res = await kycGateway.post('/authentication/v1/web/initiate', { enrollmentTransactionReference: enrollmentReference, userReference: userId });
  return res.data.redirectUrl;
}
