export class KycWidget {
  constructor(container) {
    this.container = container;
    this.onMessage = this.onMessage.bind(this);
  }

  async open() {
    const res = await fetch('/api/kyc/start', { method: 'POST' });
    const { redirectUrl } = await res.json();
    this.frame = document.createElement('iframe');
    // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
    this.frame.src = redirectUrl;
    this.frame.allow = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
    this.frame.allowFullscreen = true;
    this.frame.width = '100%';
    this.frame.height = '700';
    this.container.appendChild(this.frame);
    window.addEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (!/netverify\.com$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.done(data.transactionReference);
  }

  done(ref) {
    window.removeEventListener('message', this.onMessage);
    this.container.removeChild(this.frame);
    console.log('done', ref);
  }
}
