// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules; never an input).
'use strict';

async function recordDistributionFaceLogin(distributionId, faceLoginReference, startedAt) {}

module.exports = { recordDistributionFaceLogin };
