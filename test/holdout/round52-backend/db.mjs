// Persistence, cache and telemetry of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findContract(id) {
  return { id, lessee: { customerNo: 'K-1', netverifyReference: 'r-1' } };
}

export async function saveMandateStepUp(contractId, reference) {}

export async function findClaim(id) {
  return { id, memberNo: '100200', faceLoginReference: 'r-2' };
}

export async function findDispute(id) {
  return { id, cardholderNo: '4711', authenticationReference: 'a-1' };
}

const entries = new Map();

export const claimsCache = {
  async get(key) {
    return entries.get(key) ?? null;
  },
  async set(key, value, { ttl }) {
    entries.set(key, value);
  },
};

export const disputeCache = claimsCache;

export const logger = {
  info(fields, message) {},
};

export const metrics = {
  increment(name, tags) {},
};
