/* @flow */
import axios from 'axios';
import type { $Request, $Response } from 'express';

export type InitiateResponse = {|
  timestamp: string,
  redirectUrl: string,
  transactionReference: string,
|};

const JUMIO_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function startAuth(req: $Request, res: $Response): Promise<void> {
  const enrollmentRef: string = (req.body.enrollmentRef: any);
  const { data } = await axios.post<InitiateResponse>(
    JUMIO_URL,
    {
      enrollmentTransactionReference: enrollmentRef,
      successUrl: 'https://shop.example/auth/ok',
      errorUrl: 'https://shop.example/auth/error',
      tokenLifetimeInMinutes: 15,
    },
    {
      auth: { username: (process.env.JUMIO_TOKEN: any), password: (process.env.JUMIO_SECRET: any) },
      headers: { 'User-Agent': 'Shop/1.0', Accept: 'application/json' },
    },
  );
  res.json({ url: data.redirectUrl, ref: data.transactionReference });
}
