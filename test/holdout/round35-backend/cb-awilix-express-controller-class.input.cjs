// Inbound adapter of the identity context: the vendor's form-encoded callback for face logins. awilix-express builds
// the controller per request from the container (PROXY injection), so the use case and the logger arrive in the
// constructor's cradle; the routes are declared with createController at the bottom and mounted by loadControllers.
'use strict';

const express = require('express');
const { createController } = require('awilix-express');

// US data centre callback sources (the vendor's published list).
const CALLBACK_SOURCE_IPS = [
  '34.202.241.227',
  '34.226.103.119',
  '34.226.254.127',
  '52.52.51.178',
  '52.53.95.123',
  '54.67.101.173',
];

class FaceLoginCallbackController {
  constructor({ recordFaceLoginOutcome, logger }) {
    this.recordFaceLoginOutcome = recordFaceLoginOutcome;
    this.logger = logger;
  }

  async receive(req, res) {
    const forwarded = req.headers['x-forwarded-for'];
    const sourceIp = (forwarded ? String(forwarded).split(',')[0] : req.ip).trim();
    if (!CALLBACK_SOURCE_IPS.includes(sourceIp)) {
      this.logger.warn({ sourceIp }, 'identity callback from an unknown source');
      return res.status(403).end();
    }
    if (req.body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
      return res.status(204).end();
    }

    await this.recordFaceLoginOutcome.execute({
      reference: req.body.transactionReference,
      enrolmentReference: req.body.enrollmentTransactionReference,
      member: req.body.userReference,
      result: req.body.transactionResult,
      decidedAt: req.body.transactionDate,
    });
    this.logger.info({ reference: req.body.transactionReference }, 'face login outcome recorded');
    return res.status(200).send('OK');
  }

  health(_req, res) {
    res.json({ ok: true });
  }
}

module.exports = createController(FaceLoginCallbackController)
  .prefix('/webhooks/identity')
  .get('/health', 'health')
  .post('/face-login', 'receive', { before: [express.urlencoded({ extended: false })] });
