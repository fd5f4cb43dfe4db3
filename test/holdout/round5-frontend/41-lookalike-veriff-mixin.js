// Vue 2 mixin for the Veriff InContext iframe (our second IDV provider for the US market)
export const veriffFrameMixin = {
  mounted() {
    window.addEventListener('message', this.onVeriffMessage)
  },
  beforeDestroy() {
    window.removeEventListener('message', this.onVeriffMessage)
  },
  methods: {
    onVeriffMessage(e) {
      if (e.origin !== 'https://magic.veriff.me') return
      const data = JSON.parse(e.data)
      if (data.payload && data.payload.value === 'success') {
        this.$emit('verified', data.transactionReference)
      }
    },
  },
}
