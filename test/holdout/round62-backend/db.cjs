// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
'use strict';

async function saveOnboardingSession(session) {}

async function saveBankChangeFaceLogin(changeId, faceLoginReference, startedAt) {}

async function saveCheckoutSession(session) {}

module.exports = { saveOnboardingSession, saveBankChangeFaceLogin, saveCheckoutSession };
