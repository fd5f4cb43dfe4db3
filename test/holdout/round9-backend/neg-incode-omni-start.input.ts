// Incode Omni onboarding (the other IDV vendor of the Canadian tenant): start a session and get its web URL.
import axios from 'axios';

const INCODE = axios.create({
  baseURL: 'https://demo-api.incodesmile.com',
  headers: { 'x-api-key': process.env.INCODE_API_KEY ?? '', 'api-version': '1.0' },
});

export async function startIncodeSession(userId: string, locale: string) {
  const { data: session } = await INCODE.post<{ token: string; interviewId: string }>('/omni/start', {
    configurationId: process.env.INCODE_FLOW_ID,
    countryCode: 'ALL',
    language: locale,
    externalCustomerId: userId,
    redirectionUrl: 'https://app.example.ca/verify/done',
  });
  const { data: link } = await INCODE.get<{ url: string }>('/0/omni/onboarding-url', {
    headers: { 'X-Incode-Hardware-Id': session.token },
  });
  return { redirectUrl: link.url, transactionReference: session.interviewId };
}
