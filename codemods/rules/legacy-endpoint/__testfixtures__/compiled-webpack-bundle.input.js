/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({
/***/ "./src/jumio.js":
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {
const axios = __webpack_require__("./node_modules/axios/index.js");
const JUMIO_URL = "https://lon.netverify.com/api/authentication/v1/web/initiate";
module.exports = (ref) => axios.post(JUMIO_URL, { enrollmentTransactionReference: ref });
/***/ })
/******/ 	});
/******/ })()
;
