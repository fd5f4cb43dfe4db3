// The CommonJS services' data layer (a stand-in).
const table = () => ({
  async update(key, fields) {
    return { key, ...fields };
  },
});

module.exports = {
  faceLogins: table(),
  kycCases: table(),
  async saveFaceLogin(userId, reference) {
    return { userId, reference };
  },
  async saveKycCase(customerId, reference) {
    return { customerId, reference };
  },
};
