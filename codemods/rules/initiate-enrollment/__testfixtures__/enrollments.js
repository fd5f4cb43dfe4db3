exports.recordEnrollment = async function recordEnrollment(customerId, reference) {
  return { customerId, reference };
};
