// Socure DocV: a document-request transaction with a redirect back to the app.
import axios from 'axios';

export async function startDocV(userId: string, mobile: string) {
  const { data } = await axios.post(
    'https://service.socure.com/api/5.0/documents/request',
    { config: { useCaseKey: 'auth_selfie', redirect: { method: 'GET', url: 'https://bank.acme.example/docv/done' } }, customerUserId: userId, mobileNumber: mobile },
    { headers: { Authorization: `SocureApiKey ${process.env.SOCURE_API_KEY}` } },
  );
  return { redirectUrl: data.data.url as string, transactionReference: data.data.docvTransactionToken as string, referenceId: data.referenceId as string };
}
