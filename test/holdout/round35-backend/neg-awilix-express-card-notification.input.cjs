// Inbound adapter of the payments context: the card acquirer's form-encoded payment notification. awilix-express
// builds the controller per request from the container (PROXY injection), so the use case and the logger arrive in
// the constructor's cradle; the routes are declared with createController at the bottom and mounted by
// loadControllers.
'use strict';

const express = require('express');
const { createController } = require('awilix-express');

// The acquirer's published notification sources.
const NOTIFICATION_SOURCE_IPS = [
  '192.0.2.14',
  '192.0.2.15',
  '198.51.100.40',
  '198.51.100.41',
  '203.0.113.7',
  '203.0.113.8',
];

class CardPaymentNotificationController {
  constructor({ recordCardPayment, logger }) {
    this.recordCardPayment = recordCardPayment;
    this.logger = logger;
  }

  async receive(req, res) {
    const forwarded = req.headers['x-forwarded-for'];
    const sourceIp = (forwarded ? String(forwarded).split(',')[0] : req.ip).trim();
    if (!NOTIFICATION_SOURCE_IPS.includes(sourceIp)) {
      this.logger.warn({ sourceIp }, 'payment notification from an unknown source');
      return res.status(403).end();
    }
    if (req.body.eventCode !== 'AUTHORISATION') {
      return res.status(204).end();
    }

    await this.recordCardPayment.execute({
      reference: req.body.transactionReference,
      orderId: req.body.merchantReference,
      amountMinor: Number(req.body.amountMinor),
      result: req.body.transactionResult,
      authorisedAt: req.body.transactionDate,
    });
    this.logger.info({ reference: req.body.transactionReference }, 'card payment notification recorded');
    return res.status(200).send('[accepted]');
  }

  health(_req, res) {
    res.json({ ok: true });
  }
}

module.exports = createController(CardPaymentNotificationController)
  .prefix('/webhooks/acquirer')
  .get('/health', 'health')
  .post('/card-payments', 'receive', { before: [express.urlencoded({ extended: false })] });
