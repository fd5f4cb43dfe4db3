// Sign-up wizard, step 3 (identity check). Plain script of the old customer area, no framework: each step is an
// object literal with start / finish, and the wizard calls start() when the step is shown.
var identityStep = {
  frame: null,
  detach: null,
  onComplete: null,

  start: function (container, frameUrl, onComplete) {
    var frame = document.createElement('iframe');
    frame.setAttribute('src', frameUrl);
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.className = 'wizard-identity-frame';
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
    if (event.origin.indexOf('.netverify.com') === -1) {
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
      window.signupWizard.showError('identity', data.payload.metainfo.code);
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

window.signupWizard.register('identity', identityStep);
