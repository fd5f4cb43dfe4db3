// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules; never an input).
'use strict';

async function findCustomerEnrolment(customerId) {
  return customerId ? { customerId, scanReference: 'scan-ref' } : null;
}

async function findMerchantAccount(storeKey) {
  return { storeKey, merchantId: 'merchant-0001' };
}

module.exports = { findCustomerEnrolment, findMerchantAccount };
