// Persistence of the ES modules of this corpus (a stand-in for the customers' own modules).

export async function findDirector(companyId, directorId) {
  return {
    company: { id: companyId, tenantId: '5b0c7f4e-2d61-4a8e-9f3a-0c1d2e3f4a5b', countryCode: 'US' },
    director: { id: directorId, country: 'USA' },
  };
}

export async function saveDirectorIdCheck(directorId, check) {}

export async function findDormantMember(memberId) {
  return { id: memberId, accountNumber: '000123456', statementLanguage: 'en', mailingAddress: {} };
}

export async function recordReverification(memberId, reverification) {}
