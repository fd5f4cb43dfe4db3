// AngularJS 1.5 component: <kyc-frame url="$ctrl.redirectUrl" on-done="$ctrl.finish(reference, status)">
angular.module('acme.kyc').component('kycFrame', {
  bindings: { url: '<', onDone: '&' },
  template: '<iframe ng-src="{{$ctrl.trustedUrl}}" width="100%" height="660" allow="camera;fullscreen" allowfullscreen></iframe>',
  controller: ['$window', '$sce', '$scope', function ($window, $sce, $scope) {
    var ctrl = this;

    function onMessage(event) {
      if (!/\.netverify\.com$/.test(event.origin)) return;
      var data = angular.fromJson(event.data);
      $scope.$apply(function () {
        ctrl.onDone({ reference: data.transactionReference, status: data.payload.value });
      });
    }

    ctrl.$onInit = function () {
      ctrl.trustedUrl = $sce.trustAsResourceUrl(ctrl.url);
      $window.addEventListener('message', onMessage);
    };

    ctrl.$onDestroy = function () {
      $window.removeEventListener('message', onMessage);
    };
  }],
});
