import axios from 'axios';

// Novac checkout (payment) and an OAuth login: transactionReference / redirectUrl are common words.
export async function checkout(amount: number, enrollmentTransactionReference: string) {
  const res = await axios.post('https://api.novacpayment.com/api/v1/initiate', { amount, enrollmentTransactionReference });
  return { pay: res.data.redirectUrl, ref: res.data.data.transactionReference };
}

export function oauthStart(redirectUrl: string) {
  const url = new URL('https://login.example.com/oauth2/authorize');
  url.searchParams.set('redirect_uri', redirectUrl);
  return url.href;
}
