/* global ko, Plaid */
// Knockout binding that opens Plaid Link for bank account verification.
ko.bindingHandlers.plaidLink = {
  init: function (element, valueAccessor) {
    var options = ko.unwrap(valueAccessor());
    var handler = Plaid.create({
      token: options.linkToken,
      onSuccess: function (publicToken, metadata) {
        options.done(publicToken, metadata.link_session_id);
      },
      onEvent: function (eventName, metadata) {
        if (eventName === 'HANDOFF') options.done(null, metadata.request_id);
      },
    });
    window.addEventListener('message', function (e) {
      if (e.origin !== 'https://cdn.plaid.com') return;
      var data = JSON.parse(e.data);
      if (data.action === 'plaid_link-undefined::exit') options.done(null, data.metadata && data.metadata.transactionReference);
    });
    element.addEventListener('click', function () {
      handler.open();
    });
  },
};
