// The mobile back end calls the identity team's own gateway, which keeps the legacy request shape for its clients.
import axios from 'axios';

export async function startFaceLogin(enrollment: string, userId: string): Promise<{ url: string; reference: string }> {
  const { data } = await axios.post(
    'https://identity-gw.acme.example/api/authentication/v1/web/initiate',
    { enrollmentTransactionReference: enrollment, userReference: userId },
    { headers: { 'X-Api-Key': process.env.IDENTITY_GW_KEY! } },
  );
  return { url: data.redirectUrl, reference: data.transactionReference };
}
