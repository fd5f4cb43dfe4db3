// Persistence and logging of the ESM modules of this corpus (a stand-in for the customers' own modules).
export async function findLimitRequest(id) {
  return { id, holder: { customerNo: '19700101-0001', enrolmentReference: 'r-1' } };
}

export async function saveLimitStepUp(limitRequestId, reference, startedAt) {}

export async function findApplicant(id) {
  return { id, applicationNo: 'A-1001' };
}

export async function saveIdCheck(applicantId, idCheck) {}

export async function findOrder(id) {
  return { id, number: 'HG-5001', totalCents: 4599, currency: 'USD' };
}

export async function savePaymentLink(orderId, link) {}

export const logger = {
  info(fields, message) {},
  warn(fields, message) {},
};
