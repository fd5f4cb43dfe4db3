// AngularJS controller for the card issuer's 3-D Secure challenge (ACS) iframe.
angular.module('checkout').controller('ThreeDsCtrl', ['$scope', '$window', '$sce', function ($scope, $window, $sce) {
  $scope.challengeUrl = $sce.trustAsResourceUrl($scope.payment.acsUrl);

  function onAcsMessage(event) {
    var data = angular.fromJson(event.data);
    if (data.payload && data.payload.value === 'success') {
      $scope.$apply(function () {
        $scope.payment.transactionReference = data.transactionReference;
        $scope.payment.authenticated = true;
      });
    }
  }

  $window.addEventListener('message', onAcsMessage);
  $scope.$on('$destroy', function () {
    $window.removeEventListener('message', onAcsMessage);
  });
}]);
