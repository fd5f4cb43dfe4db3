// AngularJS directive: jqLite listens on the injected $window; its handler gets the DOM event.
angular.module('onboarding').directive('kycFrame', ['$window', function ($window) {
  return {
    restrict: 'E',
    scope: { onDone: '&' },
    link: function (scope) {
      function handleMessage(e) {
        if (e.origin.indexOf('jumio.ai') === -1) return;
        var data = JSON.parse(e.data);
        if (data.payload.value === 'success') scope.onDone({ reference: data.workflowExecutionId });
      }
      angular.element($window).on('message', handleMessage);
      scope.$on('$destroy', function () {
        angular.element($window).off('message', handleMessage);
      });
    }
  };
}]);

// An element's messages are not the window's.
angular.element(document.getElementById('chat')).on('message', function (e) {
  var data = JSON.parse(e.data);
  console.log(data.transactionReference, data.payload.value);
});
