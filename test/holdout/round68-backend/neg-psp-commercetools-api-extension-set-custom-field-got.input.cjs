// Meridian Electronics (commercetools, the Singapore store): the payment API extension on `payment` Create, for the
// hosted checkout of Tessera Pay (a regional payment provider). It opens a hosted payment session and answers
// commercetools with update actions, so the payment carries the provider's session reference as its interface id and
// the hosted page's link as a custom field for the storefront's redirect.
'use strict';

const got = require('got');
const { findMerchantAccount } = require('./db.cjs');

const TESSERA_INITIATE = 'https://api.tesserapay.example/v4/initiate';
const STORE_URL = 'https://sg.meridian-electronics.example';
const NO_CHANGE = { responseType: 'UpdateRequest', actions: [] };

function failed(message) {
  return { responseType: 'FailedValidation', errors: [{ code: 'InvalidOperation', message }] };
}

exports.handler = async (event) => {
  const { action, resource } = event;
  if (action !== 'Create' || resource.typeId !== 'payment') {
    return NO_CHANGE;
  }
  const payment = resource.obj;
  if (payment.paymentMethodInfo.paymentInterface !== 'tesserapay') {
    return NO_CHANGE;
  }

  const merchant = await findMerchantAccount('sg');
  try {
    const started = await got.post(TESSERA_INITIATE, {
      json: {
        merchantId: merchant.merchantId,
        merchantReference: payment.key,
        amount: payment.amountPlanned.centAmount,
        currency: payment.amountPlanned.currencyCode,
        successUrl: `${STORE_URL}/checkout/payment/${payment.key}/paid`,
        errorUrl: `${STORE_URL}/checkout/payment/${payment.key}/failed`,
        locale: 'en-SG',
        tokenLifetimeInMinutes: 20,
      },
      username: process.env.TESSERA_API_KEY,
      password: process.env.TESSERA_API_SECRET,
      headers: { 'User-Agent': 'Meridian-CT-Extensions/1.7' },
    }).json();

    return {
      responseType: 'UpdateRequest',
      actions: [
        { action: 'setInterfaceId', interfaceId: started.transactionReference },
        { action: 'setCustomField', name: 'hostedPaymentUrl', value: started.redirectUrl },
        { action: 'setCustomField', name: 'hostedPaymentStartedAt', value: started.timestamp },
      ],
    };
  } catch (err) {
    console.error('tessera pay session not opened', err);
    return failed('The payment page could not be opened. Please try again.');
  }
};
