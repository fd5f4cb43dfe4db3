// Persistence stand-in for the CommonJS files of this corpus.
module.exports = {
  async saveResult(reference, result) {
    return { reference, result };
  },
  async enrollmentOf(userId) {
    return `enr-${userId}`;
  },
  async saveScan(customerId, scanRef) {
    return { customerId, scanRef };
  },
};
