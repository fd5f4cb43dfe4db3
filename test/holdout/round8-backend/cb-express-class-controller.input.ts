// Webhook controller class; the router binds its arrow-function properties.
import express, { Request, Response, Router } from 'express';
import { saveResult } from './store';

export class FaceAuthWebhookController {
  handleCallback = async (req: Request, res: Response) => {
    const form = req.body as Record<string, string>;
    const images: string[] = form.livenessImages ? JSON.parse(form.livenessImages) : [];
    await saveResult(form.transactionReference, {
      passed: form.transactionResult === 'PASSED',
      source: form.scanSource,
      face: form.idScanImageFace,
      livenessCount: images.length,
    });
    res.status(200).json({ received: true });
  };
}

const controller = new FaceAuthWebhookController();
export const webhookRouter = Router();
webhookRouter.post('/webhooks/netverify/authentication', express.urlencoded({ extended: true }), controller.handleCallback);
