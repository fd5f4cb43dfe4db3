// KYC start of the EU lending API (Express 4 + express-async-errors, TypeScript, axios). The link stays valid for
// two days: the lifetime is the team's constant.
import 'express-async-errors';
import type { Request, Response } from 'express';
import axios from 'axios';
import { saveKycCase } from './store.js';

const KYC_LINK_TTL_MINUTES = 2880;

type JumioV4Initiated = {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
};

export async function startKyc(req: Request, res: Response): Promise<void> {
  const borrower = req.user as { id: string; loanApplication: string };
  const { data } = await axios.post<JumioV4Initiated>(
    'https://lon.netverify.com/api/v4/initiate',
    {
      customerInternalReference: borrower.loanApplication,
      userReference: borrower.id,
      workflowId: 100,
      locale: 'de',
      tokenLifetimeInMinutes: KYC_LINK_TTL_MINUTES,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Lending EU/6.1' },
    },
  );
  await saveKycCase(borrower.id, data.transactionReference);
  res.json({ redirectUrl: data.redirectUrl });
}
