"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.startFaceLogin = startFaceLogin;
var _axios = _interopRequireDefault(require("axios"));
var _config = require("../config");
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
const INITIATE_URL = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
async function startFaceLogin(user) {
  const {
    data
  } = await (0, _axios.default)({
    method: 'post',
    url: INITIATE_URL,
    auth: {
      username: _config.jumio.token,
      password: _config.jumio.secret
    },
    data: {
      enrollmentTransactionReference: user.enrollmentRef,
      userReference: user.id,
      successUrl: `${_config.publicUrl}/face/ok`
    }
  });
  return {
    url: data.redirectUrl,
    ref: data.transactionReference
  };
}
