const mqtt = require('mqtt');

const client = mqtt.connect(process.env.MQTT_URL || 'mqtt://broker.local');

client.on('connect', () => client.subscribe('devices/+/door'));

client.on('message', (topic, raw) => {
  const data = JSON.parse(raw.toString());
  if (data.payload.value === 'success') {
    console.log(`${topic}: door unlocked (${data.transactionReference}) at ${data.dateTime}`);
  } else if (data.payload.value === 'error') {
    console.warn(`${topic}: unlock failed, code ${data.payload.metainfo.code}`);
  }
});
