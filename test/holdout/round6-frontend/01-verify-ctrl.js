// AngularJS 1.x controller for the identity step (legacy app, not migrated to Angular yet).
angular.module('onboarding').controller('VerifyCtrl', ['$scope', '$window', '$sce', 'kycApi', function ($scope, $window, $sce, kycApi) {
  $scope.loading = true;

  kycApi.start().then(function (res) {
    $scope.frameUrl = $sce.trustAsResourceUrl(res.data.redirectUrl);
  });

  function onMessage(event) {
    if (!/\.netverify\.com$/.test(event.origin)) {
      return;
    }
    var data = angular.fromJson(event.data);
    $scope.$apply(function () {
      if (data.payload.value === 'loaded') {
        $scope.loading = false;
      } else if (data.payload.value === 'success') {
        kycApi.complete(data.transactionReference);
      } else if (data.payload.value === 'error') {
        $scope.error = data.payload.metainfo.code;
      }
    });
  }

  $window.addEventListener('message', onMessage, false);
  $scope.$on('$destroy', function () {
    $window.removeEventListener('message', onMessage, false);
  });
}]);
