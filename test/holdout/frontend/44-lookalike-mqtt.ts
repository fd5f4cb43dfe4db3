import mqtt from 'mqtt';

const client = mqtt.connect('wss://broker.example.com');
client.on('message', (topic, message) => {
  const data = JSON.parse(message.toString());
  if (data.payload.value === 'success') {
    console.log('sensor ok', data.transactionReference, data.eventType);
  }
});

self.addEventListener('message', (event: MessageEvent) => {
  const msg = JSON.parse(event.data);
  if (msg.payload.value === 'error') postMessage({ transactionReference: msg.transactionReference });
});
