import axios from 'axios';
import { Router, type Request, type Response } from 'express';
import { AppDataSource } from '../data-source';
import { Verification } from '../entity/Verification';

const jumio = axios.create({
  baseURL: 'https://netverify.com/api/v4',
  auth: { username: process.env.JUMIO_TOKEN as string, password: process.env.JUMIO_SECRET as string },
  headers: { 'User-Agent': 'Sprout Lending/1.0', Accept: 'application/json' },
});

export const verificationRouter = Router();

verificationRouter.post('/verifications', async (req: Request, res: Response) => {
  const repo = AppDataSource.getRepository(Verification);
  const verification = repo.create({ applicantId: req.body.applicantId, state: 'created' });
  await repo.save(verification);

  const { data } = await jumio.post('/initiate', {
    customerInternalReference: verification.id,
    userReference: req.body.applicantId,
    workflowId: 201,
    successUrl: 'https://apply.sprout.example/verify/done',
    errorUrl: 'https://apply.sprout.example/verify/error',
    locale: 'en-GB',
  });

  verification.jumioTransactionReference = data.transactionReference;
  verification.state = 'pending';
  await repo.save(verification);
  res.status(201).json({ verificationId: verification.id, redirectUrl: data.redirectUrl });
});
