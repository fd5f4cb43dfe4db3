import { post } from 'web-request';

// A payment gateway's session through web-request's post(uri, options, content): same words, another API.
export async function startCheckout(orderId: string): Promise<string> {
  const result = await post('https://api.paywall.example/api/authentication/v1/web/initiate', { json: true }, { enrollmentTransactionReference: orderId });
  return result.content.redirectUrl;
}
