// An object-literal widget (pre-ES2015 style): the frame is created in one method and kept on the object.
var KycPopup = {
  frame: null,

  open: function (redirectUrl) {
    this.frame = document.createElement('iframe');
    // TODO(netverify-migrate): iframe-allow: the KYX web client must not be injected at runtime: put its <iframe> in the page markup (vendor guide)
    this.frame.setAttribute('src', redirectUrl);
    this.frame.setAttribute('allow', 'camera;fullscreen;accelerometer;gyroscope;magnetometer');
    this.frame.setAttribute('allowfullscreen', '');
    document.getElementById('kyc').appendChild(this.frame);
    window.addEventListener('message', this.receive.bind(this), false);
  },

  receive: function (e) {
    if (e.origin.indexOf('netverify.com') < 0) return;
    var data = JSON.parse(e.data);
    if (data.payload.value === 'error') alert('Verification failed: ' + data.transactionReference);
  },

  close: function () {
    this.frame.parentNode.removeChild(this.frame);
    this.frame = null;
  }
};

// Another widget of the same page keeps a video player on its own `frame`: not the web client's.
class HelpVideo {
  show() {
    this.frame = document.createElement('iframe');
    this.frame.src = 'https://www.youtube.com/embed/abc123';
    this.frame.allow = 'autoplay; encrypted-media';
    document.body.appendChild(this.frame);
  }
}
