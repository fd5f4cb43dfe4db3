const mqtt = require('mqtt');
const client = mqtt.connect('mqtt://broker.local');

client.on('message', (topic, message) => {
  const data = JSON.parse(message.toString());
  if (data.payload.value === 'success') {
    console.log(topic, data.transactionReference, data.eventType, data.dateTime);
  }
});
