// Support file for express-urlencoded.input.js.
exports.saveAuthentication = async () => {};
