// Persistence stand-in for the CommonJS modules of this corpus.
'use strict';

module.exports = {
  async saveFaceLoginReference(memberId, reference) {
    return { memberId, reference };
  },
  async saveFaceLoginOutcome(reference, outcome) {
    return { reference, outcome };
  },
  async saveSmsStatus(messageSid, status, errorCode) {
    return { messageSid, status, errorCode };
  },
};
