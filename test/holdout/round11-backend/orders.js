// The customer's order store (a stand-in).
exports.markPaid = async function markPaid(reference, details) {
  void reference;
  void details;
};
