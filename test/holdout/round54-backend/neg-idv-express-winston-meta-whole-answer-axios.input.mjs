// Vindel Sparbank (SE) retail API: a payment to a payee the customer has never paid before, above the daily threshold,
// is confirmed with a face check by Irisgate first. Express 4 router, ESM, axios. The pods log JSON to stdout; Fluent
// Bit ships it to OpenSearch, where fraud operations search the payee step-ups by payment id.
import express from 'express';
import axios from 'axios';
import winston from 'winston';
import { findPayeeTransfer, markTransferStepUp } from './db.mjs';

const IRISGATE_EU_INITIATE = 'https://api.eu.irisgate.example/v2/face-auth/initiate';

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'transfers-api', component: 'payee-step-up' },
  transports: [new winston.transports.Console()],
});

export const payeeStepUp = express.Router();

payeeStepUp.post('/transfers/:transferId/face-check', async (req, res, next) => {
  try {
    const transfer = await findPayeeTransfer(req.params.transferId, req.user.customerId);
    if (!transfer) return res.sendStatus(404);

    const { data } = await axios.post(
      IRISGATE_EU_INITIATE,
      {
        faceTemplateId: req.user.irisgateTemplateId,
        userReference: req.user.customerId,
        successUrl: `https://bank.vindel.example/transfers/${transfer.id}/confirmed`,
        errorUrl: `https://bank.vindel.example/transfers/${transfer.id}/cancelled`,
        locale: req.user.language === 'sv' ? 'sv' : 'en',
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: { username: process.env.IRISGATE_API_KEY, password: process.env.IRISGATE_API_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'Vindel-Transfers/5.1' },
        timeout: 10000,
      },
    );

    // Fraud ops asked for the vendor's answer as it came, next to the transfer.
    logger.info('payee step-up face check started', { transferId: transfer.id, customerId: req.user.customerId, irisgate: data });

    await markTransferStepUp(transfer.id, { faceCheckReference: data.transactionReference, startedAt: data.timestamp });
    res.redirect(303, data.redirectUrl);
  } catch (err) {
    logger.error('payee step-up face check failed', { transferId: req.params.transferId, error: err.message });
    next(err);
  }
});
