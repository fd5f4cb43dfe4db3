"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.JumioService = void 0;
const axios_1 = __importDefault(require("axios"));
class JumioService {
    async initiate(ref) {
        const res = await axios_1.default.post("https://netverify.com/api/authentication/v1/web/initiate", { enrollmentTransactionReference: ref }, { auth: { username: "a", password: "b" } });
        return res.data.redirectUrl;
    }
}
exports.JumioService = JumioService;
//# sourceMappingURL=jumio.service.js.map
