import mqtt from 'mqtt';

// MQTT sensor data: data.payload.value === 'success' is not a Jumio iFrame event.
const client = mqtt.connect('mqtt://broker.example.com');
client.on('message', (_topic: string, message: Buffer) => {
  const data = JSON.parse(message.toString()) as { payload: { value: string }; enrollmentTransactionReference?: string };
  if (data.payload.value === 'success') console.log('sensor ok', data.enrollmentTransactionReference);
});
