// A payment gateway's hosted checkout, its URL joined from constants a barrel re-exports with `export *`.
import axios from 'axios';
import { GATEWAY, WEB_INITIATE_PATH } from './checkout-barrel.js';

export async function startCheckout(order: { id: string; amount: number }): Promise<string> {
  const { data } = await axios.post(`${GATEWAY}${WEB_INITIATE_PATH}`, { merchantReference: order.id, amount: order.amount });
  return data.redirectUrl;
}
