// Inbound provider webhooks of the onboarding service. Every provider posts a form: the FormWebhook base class does
// the plumbing (answers 500 on an error so the provider retries, logs under the webhook's name) and each subclass
// only says what one notification means for us.
'use strict';

const express = require('express');
const { saveFaceLoginOutcome, saveSmsStatus } = require('./store.cjs');

const WEBHOOK_ROUTES = Object.freeze({
  faceLogin: '/webhooks/netverify/face-login',
  smsStatus: '/webhooks/twilio/sms-status',
});

class FormWebhook {
  constructor(name) {
    this.name = name;
    this.handle = this.handle.bind(this);
  }

  async handle(req, res) {
    try {
      const status = await this.process(req.body);
      res.sendStatus(status || 200);
    } catch (err) {
      console.error(`[webhook:${this.name}]`, err);
      res.sendStatus(500);
    }
  }

  // Subclasses answer with the HTTP status to send back (200 when omitted).
  async process() {
    throw new Error(`${this.name}: process() is not implemented`);
  }
}

class FaceLoginWebhook extends FormWebhook {
  constructor() {
    super('netverify-face-login');
  }

  async process(form) {
    // Netverify posts ID verification results to another route; anything else here is a misconfiguration.
    if (form.callBackType !== 'NETVERIFY_AUTHENTICATION') return 204;
    await saveFaceLoginOutcome(form.transactionReference, {
      enrolment: form.enrollmentTransactionReference,
      result: form.transactionResult,
      decidedAt: form.transactionDate,
      faceImageUrl: form.idScanImageFace || null,
    });
    return 200;
  }
}

class SmsStatusWebhook extends FormWebhook {
  constructor() {
    super('twilio-sms-status');
  }

  async process(form) {
    await saveSmsStatus(form.MessageSid, form.MessageStatus, form.ErrorCode || null);
    return 204;
  }
}

function webhookRouter() {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '32kb' });
  router.post(WEBHOOK_ROUTES.faceLogin, form, new FaceLoginWebhook().handle);
  router.post(WEBHOOK_ROUTES.smsStatus, form, new SmsStatusWebhook().handle);
  return router;
}

module.exports = { webhookRouter, FormWebhook };
