// <kyc-frame url="ctrl.url" on-done="ctrl.done(reference)"></kyc-frame>
angular.module('onboarding').directive('kycFrame', ['$window', function ($window) {
  return {
    restrict: 'E',
    scope: { url: '<', onDone: '&' },
    template: '<iframe class="kyc-frame" ng-src="{{url}}" allow="camera;fullscreen" allowfullscreen></iframe>',
    link: function (scope, element) {
      function handleMessage(e) {
        if (e.origin.indexOf('netverify.com') === -1) return;
        var data = JSON.parse(e.data);
        if (data.payload.value === 'success') {
          scope.$evalAsync(function () {
            scope.onDone({ reference: data.transactionReference });
          });
        }
      }
      angular.element($window).on('message', handleMessage);
      scope.$on('$destroy', function () {
        angular.element($window).off('message', handleMessage);
      });
    }
  };
}]);
