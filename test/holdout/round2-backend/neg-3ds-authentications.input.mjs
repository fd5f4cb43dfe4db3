// 3-D Secure server client: card-holder authentication for EU SCA.
import axios from 'axios';

const threeDs = axios.create({
  baseURL: 'https://3ds.acquirer.example/api/v2',
  headers: { 'X-Api-Key': process.env.THREEDS_API_KEY },
});

export async function authenticationResult(id) {
  const { data } = await threeDs.get(`/authentications/${id}`);
  return {
    passed: data.transactionResult === 'PASSED',
    reference: data.transactionReference,
    eci: data.eci,
  };
}

export async function initiate(cardToken, amount) {
  const { data } = await threeDs.post('/authentications/initiate', { cardToken, amount, callbackUrl: process.env.THREEDS_CALLBACK });
  return data.redirectUrl;
}
