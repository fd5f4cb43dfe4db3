// Closure Library (goog.module): the identity step of the back-office onboarding console.
goog.module('acme.kyc.KycFrame');

const EventHandler = goog.require('goog.events.EventHandler');
const EventType = goog.require('goog.events.EventType');
const Disposable = goog.require('goog.Disposable');

class KycFrame extends Disposable {
  constructor(onVerified) {
    super();
    this.onVerified_ = onVerified;
    this.handler_ = new EventHandler(this);
    this.handler_.listen(window, EventType.MESSAGE, this.handleMessage_);
  }

  /** @param {!goog.events.BrowserEvent} e */
  handleMessage_(e) {
    const event = /** @type {!MessageEvent} */ (e.getBrowserEvent());
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.onVerified_(data.transactionReference);
  }

  disposeInternal() {
    this.handler_.dispose();
    super.disposeInternal();
  }
}

exports = KycFrame;
