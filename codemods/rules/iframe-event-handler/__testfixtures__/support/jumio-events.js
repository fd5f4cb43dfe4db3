// Shared Jumio iFrame event handling.
export function handleJumioMessage(event) {
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    localStorage.setItem('jumioRef', data.transactionReference);
  } else if (data.payload.value === 'error' && data.payload.metainfo.code === 9836) {
    alert('Too many attempts');
  }
}
