// The CommonJS services' data layer (a stand-in).
const table = () => ({
  async update(key, fields) {
    return { key, ...fields };
  },
});

module.exports = {
  faceLogins: table(),
  async saveResult(reference, result) {
    return { reference, ...result };
  },
};
