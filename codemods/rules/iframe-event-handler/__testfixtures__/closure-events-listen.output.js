// Closure Library: window listeners through goog.events.listen and an EventHandler; getBrowserEvent() is the MessageEvent.
goog.module('acme.kyc.listeners');

const EventHandler = goog.require('goog.events.EventHandler');
const EventType = goog.require('goog.events.EventType');
const events = goog.require('goog.events');

class KycStep {
  constructor(onVerified) {
    this.onVerified_ = onVerified;
    this.handler_ = new EventHandler(this);
    this.handler_.listen(window, EventType.MESSAGE, this.handleMessage_);
  }

  handleMessage_(e) {
    const event = e.getBrowserEvent();
    if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(event.origin)) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') this.onVerified_(data.workflowExecutionId);
  }
}

events.listen(window, 'message', (e) => {
  const data = JSON.parse(e.getBrowserEvent().data);
  if (data.eventType === 510 && data.payload.value === 'loaded') console.log('kyc loaded', data.workflowExecutionId);
});

exports = KycStep;
