// Checkout wizard, step 3 (card authentication). Plain script of the old shop, no framework: each step is an object
// literal with start / finish, and the wizard calls start() when the step is shown.
var cardChallengeStep = {
  frame: null,
  detach: null,
  onComplete: null,

  start: function (container, challengeUrl, onComplete) {
    var frame = document.createElement('iframe');
    frame.setAttribute('src', challengeUrl);
    frame.setAttribute('allow', 'payment');
    frame.className = 'wizard-challenge-frame';
    container.appendChild(frame);
    this.frame = frame;
    this.onComplete = onComplete;

    var listener = this.onFrameMessage.bind(this);
    window.addEventListener('message', listener, false);
    this.detach = function () {
      window.removeEventListener('message', listener, false);
    };
  },

  onFrameMessage: function (event) {
    if (event.origin.indexOf('.acs.cardguard.example') === -1) {
      return;
    }
    var data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (data.payload.value === 'success') {
      this.finish();
      this.onComplete(data.transactionReference);
    } else if (data.payload.value === 'error') {
      this.finish();
      window.checkoutWizard.showError('card', data.payload.reason);
    }
  },

  finish: function () {
    if (this.detach) {
      this.detach();
      this.detach = null;
    }
    if (this.frame && this.frame.parentNode) {
      this.frame.parentNode.removeChild(this.frame);
    }
    this.frame = null;
  },
};

window.checkoutWizard.register('card', cardChallengeStep);
