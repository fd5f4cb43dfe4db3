// A chat widget frame, no Jumio handler on this page.
var chat = document.createElement('iframe');
chat.src = 'https://chat.vendor.example/embed';
chat.setAttribute('allow', 'camera;microphone');
document.body.appendChild(chat);
