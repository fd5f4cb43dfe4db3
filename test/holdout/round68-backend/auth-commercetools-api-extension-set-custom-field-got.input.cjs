// Meridian Electronics (commercetools, the Singapore store): an API extension on `order` Create, deployed as an AWS
// Lambda destination. Orders that the fraud rules mark `step-up` get a Netverify face login started for the customer
// (SG data centre) before the order is created; the extension answers commercetools with setCustomField actions, so
// the order carries the face-login link for the confirmation e-mail and the reference the callback matches on.
// Anything going wrong answers FailedValidation, which the storefront shows as "verify your identity and try again".
'use strict';

const got = require('got');
const { findCustomerEnrolment } = require('./db.cjs');

const NV_SGP_INITIATE = 'https://core-sgp.jumio.com/api/authentication/v1/web/initiate';
const STORE_URL = 'https://sg.meridian-electronics.example';
const NO_CHANGE = { responseType: 'UpdateRequest', actions: [] };

function failed(message) {
  return { responseType: 'FailedValidation', errors: [{ code: 'InvalidOperation', message }] };
}

exports.handler = async (event) => {
  const { action, resource } = event;
  if (action !== 'Create' || resource.typeId !== 'order') {
    return NO_CHANGE;
  }
  const order = resource.obj;
  const fields = (order.custom && order.custom.fields) || {};
  if (fields.riskDecision !== 'step-up') {
    return NO_CHANGE;
  }

  const enrolment = await findCustomerEnrolment(order.customerId);
  if (!enrolment) {
    return failed('A face login is required for this order, but you have not enrolled yet.');
  }

  try {
    const started = await got.post(NV_SGP_INITIATE, {
      json: {
        enrollmentTransactionReference: enrolment.scanReference,
        userReference: order.customerId,
        callbackUrl: `${STORE_URL}/hooks/netverify/face-login`,
        successUrl: `${STORE_URL}/checkout/${order.cart.id}/verified`,
        errorUrl: `${STORE_URL}/checkout/${order.cart.id}/verify-again`,
        locale: order.locale === 'zh-SG' ? 'zh-CN' : 'en',
        tokenLifetimeInMinutes: 60,
      },
      username: process.env.MERIDIAN_NV_TOKEN,
      password: process.env.MERIDIAN_NV_SECRET,
      headers: { 'User-Agent': 'Meridian-CT-Extensions/1.7' },
    }).json();

    return {
      responseType: 'UpdateRequest',
      actions: [
        { action: 'setCustomField', name: 'faceLoginUrl', value: started.redirectUrl },
        { action: 'setCustomField', name: 'faceLoginReference', value: started.transactionReference },
        { action: 'setCustomField', name: 'faceLoginStartedAt', value: started.timestamp },
      ],
    };
  } catch (err) {
    console.error('netverify face login not started', err);
    return failed('We could not start the identity check. Please try again.');
  }
};
