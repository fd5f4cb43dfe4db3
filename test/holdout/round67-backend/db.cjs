// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules; never an input).
'use strict';

async function findCustomerByTelegramId(telegramUserId) {
  return { customerNo: `C-${telegramUserId}`, enrolmentReference: 'scan-ref', language: 'en' };
}

async function holdRemittanceForFaceLogin(remittanceId, faceLoginReference) {}

async function findFaceLoginByReference(reference) {
  return { reference, accountNo: 'LHS-000001' };
}

module.exports = { findCustomerByTelegramId, holdRemittanceForFaceLogin, findFaceLoginByReference };
