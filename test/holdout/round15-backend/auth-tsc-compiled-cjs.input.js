"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
var _a;
Object.defineProperty(exports, "__esModule", { value: true });
exports.startFaceLogin = startFaceLogin;
const axios_1 = __importDefault(require("axios"));
const JUMIO_URL = (_a = process.env.JUMIO_URL) !== null && _a !== void 0 ? _a : 'https://lon.netverify.com/api/authentication/v1/web/initiate';
async function startFaceLogin(enrollment, userId) {
    const { data } = await axios_1.default.post(JUMIO_URL, { enrollmentTransactionReference: enrollment, userReference: userId }, { auth: { username: process.env.JUMIO_API_TOKEN, password: process.env.JUMIO_API_SECRET } });
    return { url: data.redirectUrl, reference: data.transactionReference };
}
