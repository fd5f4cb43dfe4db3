// Persistence of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findWireRequest(wireId) {
  return {
    id: wireId,
    amount: 48000,
    beneficiaryName: 'Acme Title & Escrow',
    customer: { cif: 'c-1', mobile: '+15550100', language: 'en', netverifyEnrollment: 'e-1' },
  };
}

export async function saveWireStepUp(wireId, stepUp) {}
