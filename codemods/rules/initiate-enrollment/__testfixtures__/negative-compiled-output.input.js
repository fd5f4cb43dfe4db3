"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.initiate = void 0;
const axios_1 = require("axios");
async function initiate(ref) {
    const res = await axios_1.default.post('https://netverify.com/api/authentication/v1/web/initiate', { enrollmentTransactionReference: ref }, { auth: { username: 'a', password: 'b' } });
    return res.data.redirectUrl;
}
exports.initiate = initiate;
//# sourceMappingURL=jumio.js.map
