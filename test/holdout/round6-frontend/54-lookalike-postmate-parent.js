import Postmate from 'postmate';

// The card-issuing partner's widget runs in a Postmate child frame.
const handshake = new Postmate({
  container: document.getElementById('card-widget'),
  url: 'https://widget.cardpartner.example/issue',
  classListArray: ['card-frame'],
});

handshake.then((child) => {
  child.on('issued', (data) => {
    if (data.payload.value === 'success') saveCard(data.transactionReference, data.dateTime);
  });
});
