import Vue from 'vue';

// Vue 2 with `render: function (createElement)`, attributes under `attrs`; no allowfullscreen yet.
export default Vue.extend({
  props: { url: String },
  created() {
    window.addEventListener('message', this.onMessage);
  },
  methods: {
    onMessage(event) {
      if (!event.origin.endsWith('.netverify.com')) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') this.$emit('done', data.transactionReference);
    },
  },
  render: function (createElement) {
    return createElement('iframe', {
      attrs: {
        src: this.url,
        allow: 'camera;fullscreen',
      },
    });
  },
});
