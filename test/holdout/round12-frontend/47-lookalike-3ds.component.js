// AngularJS 1.5 component for the card issuer's 3-D Secure challenge (ACS) frame.
angular.module('acme.checkout').component('threeDsChallenge', {
  bindings: { acsUrl: '<', onDone: '&' },
  template: '<iframe ng-src="{{$ctrl.trustedUrl}}" width="390" height="400" allow="payment"></iframe>',
  controller: ['$window', '$sce', '$scope', function ($window, $sce, $scope) {
    var ctrl = this;

    function onMessage(event) {
      if (!/^https:\/\/acs\.[a-z0-9.-]+\.com$/.test(event.origin)) return;
      var data = angular.fromJson(event.data);
      $scope.$apply(function () {
        ctrl.onDone({ reference: data.transactionReference, status: data.payload.value });
      });
    }

    ctrl.$onInit = function () {
      ctrl.trustedUrl = $sce.trustAsResourceUrl(ctrl.acsUrl);
      $window.addEventListener('message', onMessage);
    };

    ctrl.$onDestroy = function () {
      $window.removeEventListener('message', onMessage);
    };
  }],
});
