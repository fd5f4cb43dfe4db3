// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

function knex(table) {
  const query = {
    insert() {
      return Object.assign(Promise.resolve([]), { onConflict: () => ({ ignore: async () => [], merge: async () => [] }) });
    },
    where() {
      return { first: async () => undefined };
    },
  };
  return query;
}

async function findCard(cardId, customerId) {
  return { id: cardId, holder: { customerNo: customerId, enrolmentReference: 'r-1' } };
}

async function savePinRevealStepUp(cardId, reference, startedAt) {}

async function findApplication(id) {
  return { id, number: 'RLA-3001', applicantId: 'ap-1' };
}

async function settlePaymentAccountChange(reference, passed) {}

async function findRental(id) {
  return { id, number: 'CHS-4001', tenantId: 't-1', firstMonthCents: 12900 };
}

module.exports = { knex, findCard, savePinRevealStepUp, findApplication, settlePaymentAccountChange, findRental };
