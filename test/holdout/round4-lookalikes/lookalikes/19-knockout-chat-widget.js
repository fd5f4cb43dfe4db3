// Knockout view model of the support chat launcher: the chat runs in a frame and reports unread messages.
function ChatLauncherViewModel() {
  var self = this;
  self.unread = ko.observable(0);
  self.open = ko.observable(false);

  self.onChatMessage = function (e) {
    var data = JSON.parse(e.data);
    if (data.eventType === 'unread') self.unread(data.payload.value);
    if (data.eventType === 'closed') self.open(false);
  };

  window.addEventListener('message', self.onChatMessage);
}

ko.applyBindings(new ChatLauncherViewModel(), document.getElementById('chat-launcher'));
