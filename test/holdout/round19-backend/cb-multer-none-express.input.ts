// Face-login result hook (Express 4 + multer, TypeScript). The load balancer forwards form posts here; multer().none()
// parses the text fields.
import express from 'express';
import multer from 'multer';
import { saveResult } from './store.js';

const upload = multer();
export const hooks = express.Router();

hooks.post('/hooks/face-auth', upload.none(), async (req: express.Request, res: express.Response) => {
  const { transactionReference, transactionResult, userReference } = req.body as Record<string, string>;
  await saveResult(transactionReference, {
    passed: transactionResult === 'PASSED',
    source: req.body.scanSource,
    user: userReference,
  });
  res.status(204).end();
});
