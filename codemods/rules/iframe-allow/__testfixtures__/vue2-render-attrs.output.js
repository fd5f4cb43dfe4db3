// Vue 2 options component with a render function: attributes live under `attrs`.
export default {
  name: 'JumioFrame',
  props: ['url'],
  mounted() {
    this.onMessage = (event) => {
      if (event.origin.indexOf('netverify.com') === -1) return;
      var data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.$emit('done', data.transactionReference);
    };
    window.addEventListener('message', this.onMessage);
  },
  beforeDestroy() {
    window.removeEventListener('message', this.onMessage);
  },
  render(h) {
    return h('iframe', { staticClass: 'kyc', attrs: { src: this.url, allow: 'camera;fullscreen;accelerometer;gyroscope;magnetometer', allowfullscreen: '' } });
  },
};
