// @flow
import axios from 'axios';

export enum PaymentStep of string {
  Started = 'started',
  Redirected = 'redirected',
}

export async function startCheckout(orderId: string): Promise<string> {
  const { data } = await axios.post('https://api.psp.example/v1/checkout', {
    orderReference: orderId,
    successUrl: 'https://shop.example/pay/ok',
    errorUrl: 'https://shop.example/pay/error',
  });
  return data.redirectUrl;
}
