// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function recordFaceLoginResults(results) {}

module.exports = { recordFaceLoginResults };
