// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function addCaseNote(caseId, text) {}
