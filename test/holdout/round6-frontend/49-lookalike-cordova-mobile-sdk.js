// Cordova app: Jumio's native mobile SDK plugin (not the web client), authentication against an enrolment.
document.addEventListener('deviceready', function () {
  Jumio.initAuthentication(API_TOKEN, API_SECRET, 'US', {
    enrollmentTransactionReference: localStorage.getItem('enrollmentReference'),
    userReference: currentUser.id,
    callbackUrl: 'https://api.example-bank.com/jumio/callback'
  });
  Jumio.startAuthentication(function (result) {
    localStorage.setItem('authReference', result.transactionReference);
    app.showAuthResult(result.transactionResult);
  }, function (error) {
    app.showError(error.errorCode, error.errorMessage);
  });
}, false);
