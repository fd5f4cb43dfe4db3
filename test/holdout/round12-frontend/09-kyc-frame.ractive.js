// Ractive.js component used by the legacy account area: <KycFrame url="{{kycUrl}}" on-verified="@this.next()" />
import Ractive from 'ractive';

export default Ractive.extend({
  template: '<div class="kyc"><iframe src="{{url}}" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>{{#if failed}}<p class="error">Verification failed ({{code}})</p>{{/if}}</div>',

  data: () => ({ url: '', failed: false, code: null }),

  oncomplete() {
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  },

  onteardown() {
    window.removeEventListener('message', this.onMessage);
  },

  onMessage(event) {
    if (event.origin.indexOf('netverify.com') < 0) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      this.fire('verified', {}, data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.set({ failed: true, code: data.payload.metainfo.code });
    }
  },
});
