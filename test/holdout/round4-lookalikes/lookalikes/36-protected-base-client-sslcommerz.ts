import axios, { type AxiosInstance } from 'axios';

// Base client of the payment integrations; each gateway subclass adds its calls.
abstract class GatewayClient {
  protected readonly http: AxiosInstance = axios.create({
    baseURL: 'https://sandbox.sslcommerz.com',
    auth: { username: process.env.SSLCZ_STORE_ID!, password: process.env.SSLCZ_STORE_PASSWORD! },
    timeout: 15_000,
  });
}

export class MobileBankingClient extends GatewayClient {
  async initiate(tranId: string, amount: number) {
    const { data } = await this.http.post('/dfs-process/v4/initiate', { tran_id: tranId, amount, redirectUrl: 'https://shop.example.com/mb/return' });
    return { redirectUrl: data.redirectUrl as string, transactionReference: data.transactionReference as string };
  }
}
