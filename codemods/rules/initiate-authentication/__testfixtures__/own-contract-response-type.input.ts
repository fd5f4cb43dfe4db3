// The legacy response interface is also the endpoint's own response type (it builds one from the Jumio fields):
// the annotation on the Jumio response changes, the interface the endpoint publishes keeps its names.
interface StartResponse {
  timestamp?: string;
  redirectUrl: string;
  transactionReference: string;
}

export async function startFaceLogin(enrollment: string, user: string): Promise<StartResponse> {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: user }),
  });
  const json: StartResponse = await res.json();
  return { redirectUrl: json.redirectUrl, transactionReference: json.transactionReference };
}
