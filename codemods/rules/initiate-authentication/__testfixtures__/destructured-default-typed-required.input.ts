// A mapper whose typed parameter destructures the response with a default on a field its interface declares
// required: the new level's `{}` default must still type-check against the renamed interface.
interface StartResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const toSession = ({ redirectUrl: url, transactionReference: reference = '' }: StartResponse) => ({ url, reference });

export async function start(enrollmentTransactionReference: string) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference }),
  });
  return toSession((await res.json()) as StartResponse);
}
