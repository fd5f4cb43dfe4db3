// AngularJS 1.x: the event is parsed with angular.fromJson (and jQuery's $.parseJSON in the legacy widget).
angular.module('onboarding').controller('VerifyCtrl', ['$scope', '$window', function ($scope, $window) {
  function onMessage(event) {
    if (!/\.netverify\.com$/.test(event.origin)) return;
    var data = angular.fromJson(event.data);
    $scope.$apply(function () {
      if (data.payload.value === 'success') $scope.reference = data.transactionReference;
    });
  }
  $window.addEventListener('message', onMessage);
  $scope.$on('$destroy', function () {
    $window.removeEventListener('message', onMessage);
  });
}]);

window.addEventListener('message', function (e) {
  var data = $.parseJSON(e.data);
  if (data.payload.value === 'loaded') return;
  $('#kyc-reference').val(data.transactionReference);
  console.log(data.eventType, data.dateTime);
});
