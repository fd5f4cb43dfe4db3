var __create = Object.create;
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[Object.keys(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var require_jumio = __commonJS({
  "src/jumio.js"(exports, module) {
    module.exports = { url: "https://core-sgp.jumio.com/api/v4/initiate" };
  }
});
export default require_jumio();
