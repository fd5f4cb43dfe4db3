export function handleJumioMessage(event) {
  var data = JSON.parse(event.data);
  if (data.eventType === 510 && data.payload.value === 'success') {
    sessionStorage.setItem('jumioRef', data.transactionReference);
  }
}
