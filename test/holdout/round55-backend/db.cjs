// Persistence and logging of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function findNominatedAccountChange(id) {
  return { id, member: { memberNo: 'BW-2001', enrolmentReference: 'r-1' } };
}

async function saveNominationStepUp(changeId, reference, startedAt) {}

const logger = {
  info(fields, message) {},
  warn(fields, message) {},
};

module.exports = { findNominatedAccountChange, saveNominationStepUp, logger };
