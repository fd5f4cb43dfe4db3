// Backbone router of the legacy account area. The identity check redirects to #kyc/done?transactionStatus=…
var KycRouter = Backbone.Router.extend({
  routes: {
    'kyc/done(?:query)': 'kycDone',
  },

  kycDone: function (query) {
    var params = new URLSearchParams(query || '');
    var view = new KycResultView({
      verified: params.get('transactionStatus') === 'SUCCESS',
      reference: params.get('transactionReference'),
      errorCode: params.get('errorCode'),
    });
    $('#main').html(view.render().el);
  },
});
