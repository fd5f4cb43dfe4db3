// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules).
async function auditFaceLoginLookup(officerId, reference) {}

module.exports = { auditFaceLoginLookup };
