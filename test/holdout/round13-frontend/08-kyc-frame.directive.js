// Vue 2 directive: <iframe v-kyc-frame="sessionUrl"></iframe> — shows the Netverify web client.
import Vue from 'vue';

Vue.directive('kyc-frame', {
  inserted(el, binding, vnode) {
    el.setAttribute('allow', 'camera;fullscreen');
    el.src = binding.value;
    el.__kycHandler = function (event) {
      if (event.origin.indexOf('netverify.com') === -1) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        vnode.context.$emit('kyc-verified', data.transactionReference);
      }
    };
    window.addEventListener('message', el.__kycHandler);
  },
  unbind(el) {
    window.removeEventListener('message', el.__kycHandler);
  },
});
