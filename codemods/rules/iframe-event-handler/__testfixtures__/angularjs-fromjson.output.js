// AngularJS 1.x: the event is parsed with angular.fromJson (and jQuery's $.parseJSON in the legacy widget).
angular.module('onboarding').controller('VerifyCtrl', ['$scope', '$window', function ($scope, $window) {
  function onMessage(event) {
    if (!/\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(event.origin)) return;
    var data = angular.fromJson(event.data);
    $scope.$apply(function () {
      if (data.payload.value === 'success') $scope.reference = data.workflowExecutionId;
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
  $('#kyc-reference').val(data.workflowExecutionId);
  console.log(data.eventType, data.dateTime);
});
