// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findApplication(id) {
  return { id, coBorrowers: [{ id: 'b-1' }] };
}

async function saveCoBorrowerIdCheck(applicationId, coBorrowerId, reference) {}

module.exports = { findApplication, saveCoBorrowerIdCheck };
