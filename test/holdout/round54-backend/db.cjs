// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findCustomer(customerId) {
  return { id: customerId, email: 'c-1@example.test', idvReference: 'e-1' };
}

async function savePendingEmailChange(customerId, change) {}

module.exports = { findCustomer, savePendingEmailChange };
