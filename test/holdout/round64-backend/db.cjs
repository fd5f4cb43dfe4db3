// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules; never an input).
'use strict';

async function saveStepUp(paymentId, faceLoginReference) {}

async function recordFaceLoginCheck(reference, result) {}

module.exports = { saveStepUp, recordFaceLoginCheck };
