// @flow
import axios from 'axios';
import type { $Request, $Response } from 'express';

export enum AuthStep of string {
  Started = 'started',
  Redirected = 'redirected',
}

enum Region {
  US,
  EU,
  ...
}

const JUMIO_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export async function startAuth(req: $Request, res: $Response): Promise<void> {
  const region: Region = Region.EU;
  const enrollmentRef: string = (req.body.enrollmentRef: any);
  const { data } = await axios.post(
    JUMIO_URL,
    {
      enrollmentTransactionReference: enrollmentRef,
      successUrl: 'https://shop.example/auth/ok',
      errorUrl: 'https://shop.example/auth/error',
    },
    { auth: { username: (process.env.JUMIO_TOKEN: any), password: (process.env.JUMIO_SECRET: any) } },
  );
  res.json({ url: data.redirectUrl, step: AuthStep.Redirected, region });
}
