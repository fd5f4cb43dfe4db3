// Norrsken Bank (SE/FI) retail API: a payment to a payee the customer has never paid before, above the daily
// threshold, is confirmed with a face login first. Express 4 router, ESM, axios. The pods log JSON to stdout; Fluent Bit
// ships it to OpenSearch, where fraud operations search the payee step-ups by payment id when a payment is disputed.
import express from 'express';
import axios from 'axios';
import winston from 'winston';
import { findPendingPayment, markPaymentStepUp } from './db.mjs';

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: 'payments-api', component: 'payee-step-up' },
  transports: [new winston.transports.Console()],
});

export const payeeStepUp = express.Router();

payeeStepUp.post('/payments/:paymentId/face-login', async (req, res, next) => {
  try {
    const payment = await findPendingPayment(req.params.paymentId, req.user.customerId);
    if (!payment) return res.sendStatus(404);

    const { data } = await axios.post(
      NV_EU_INITIATE,
      {
        enrollmentTransactionReference: req.user.netverifyEnrollmentRef,
        userReference: req.user.customerId,
        successUrl: `https://netbank.norrsken.example/payments/${payment.id}/confirmed`,
        errorUrl: `https://netbank.norrsken.example/payments/${payment.id}/cancelled`,
        locale: req.user.language === 'sv' ? 'sv' : 'fi',
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: { username: process.env.NORRSKEN_NV_TOKEN, password: process.env.NORRSKEN_NV_SECRET },
        headers: { Accept: 'application/json', 'User-Agent': 'Norrsken-Payments/8.3' },
        timeout: 10000,
      },
    );

    // Fraud ops asked for the vendor's answer as it came, next to the payment (FRAUD-2291).
    logger.info('payee step-up face login started', { paymentId: payment.id, customerId: req.user.customerId, jumio: data });

    await markPaymentStepUp(payment.id, { faceLoginReference: data.transactionReference, startedAt: data.timestamp });
    res.redirect(303, data.redirectUrl);
  } catch (err) {
    logger.error('payee step-up face login failed', { paymentId: req.params.paymentId, error: err.message });
    next(err);
  }
});
