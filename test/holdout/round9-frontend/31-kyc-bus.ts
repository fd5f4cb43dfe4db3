import mitt from 'mitt';

type KycEvents = { frame: { transactionReference: string; payload: { value: string } } };

export const kycBus = mitt<KycEvents>();

// The Netverify iframe's events, re-published on the app bus.
window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  kycBus.emit('frame', data);
});
