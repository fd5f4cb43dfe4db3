import axios from 'axios';

interface VeriffSessionResponse {
  status: string;
  verification: { id: string; url: string; sessionToken: string };
}

export async function createVeriffSession(userId: string) {
  const { data } = await axios.post<VeriffSessionResponse>(
    'https://stationapi.veriff.com/v1/sessions',
    {
      verification: {
        callback: 'https://app.example.com/kyc/veriff/callback',
        person: { firstName: 'n/a' },
        vendorData: userId,
        timestamp: new Date().toISOString(),
      },
    },
    { headers: { 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY ?? '', 'Content-Type': 'application/json' } },
  );
  return { redirectUrl: data.verification.url, transactionReference: data.verification.id };
}
