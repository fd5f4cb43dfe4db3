import express, { type Request, type Response } from 'express';
import { audit } from './audit.js';

export const jumioWebhook = express.Router();

jumioWebhook.use(express.urlencoded({ extended: false, limit: '2mb' }));

jumioWebhook.post('/', async (req: Request, res: Response) => {
  res.status(200).send('OK');
  const { transactionReference, transactionResult, scanSource } = req.body as Record<string, string>;
  const liveness = JSON.parse(req.body.livenessImages || '[]') as string[];
  await audit('jumio.authentication', {
    transactionReference,
    outcome: transactionResult,
    channel: scanSource,
    images: liveness.length,
  });
});
