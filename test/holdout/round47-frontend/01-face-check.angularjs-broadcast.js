/**
 * payments-web (AngularJS 1.6, still in production): face check before a transfer above the daily limit.
 *
 * Our API (POST /api/transfers/:id/face-check/start) starts the Netverify authentication for the member's enrolment
 * and answers with the web client's URL. `webClientEvents` listens for the web client's postMessage events once and
 * re-broadcasts them on $rootScope, so the transfer screen and the audit banner can both react;
 * <face-check session-url="…" transfer-id="…" on-done="…"> shows the frame and waits for the result.
 */
(function (angular) {
  'use strict';

  angular.module('payments.faceCheck', [])

    .factory('webClientEvents', ['$window', '$rootScope', '$log', function ($window, $rootScope, $log) {
      // The white-label host of our Netverify tenant.
      var WEB_CLIENT_ORIGIN = /^https:\/\/northwind\.netverify\.com$/;
      var listening = false;

      function onMessage(event) {
        if (!WEB_CLIENT_ORIGIN.test(event.origin)) {
          return;
        }
        var data;
        try {
          data = angular.fromJson(event.data);
        } catch (e) {
          $log.warn('face check: unreadable message from the web client', e);
          return;
        }
        $rootScope.$apply(function () {
          $rootScope.$broadcast('faceCheck:event', data);
        });
      }

      return {
        start: function () {
          if (listening) {
            return;
          }
          $window.addEventListener('message', onMessage, false);
          listening = true;
        },
        stop: function () {
          $window.removeEventListener('message', onMessage, false);
          listening = false;
        }
      };
    }])

    .component('faceCheck', {
      bindings: { sessionUrl: '<', transferId: '<', onDone: '&' },
      template:
        '<div class="face-check">' +
          '<p class="face-check__hint" ng-if="!$ctrl.failed">Look into the camera to confirm this transfer.</p>' +
          '<p class="face-check__error" ng-if="$ctrl.failed">The check did not complete (code {{$ctrl.errorCode}}). ' +
            '<a href ng-click="$ctrl.retry()">Try again</a></p>' +
          '<iframe ng-src="{{$ctrl.frameUrl}}" title="Face check" width="100%" height="620" allow="camera;fullscreen" allowfullscreen></iframe>' +
        '</div>',
      controller: ['$scope', '$sce', '$http', 'webClientEvents', function ($scope, $sce, $http, webClientEvents) {
        var ctrl = this;

        ctrl.$onInit = function () {
          ctrl.failed = false;
          ctrl.frameUrl = $sce.trustAsResourceUrl(ctrl.sessionUrl);
          webClientEvents.start();
        };

        var stopListening = $scope.$on('faceCheck:event', function (ngEvent, message) {
          if (message.payload.value === 'success') {
            $http.post('/api/transfers/' + encodeURIComponent(ctrl.transferId) + '/face-check', {
              reference: message.transactionReference
            }).then(function () {
              ctrl.onDone({ reference: message.transactionReference });
            });
          } else if (message.payload.value === 'error') {
            ctrl.failed = true;
            ctrl.errorCode = message.payload.metainfo.code;
          }
        });

        ctrl.retry = function () {
          $http.post('/api/transfers/' + encodeURIComponent(ctrl.transferId) + '/face-check/start').then(function (res) {
            ctrl.failed = false;
            ctrl.frameUrl = $sce.trustAsResourceUrl(res.data.frameUrl);
          });
        };

        $scope.$on('$destroy', function () {
          stopListening();
          webClientEvents.stop();
        });
      }]
    });
})(window.angular);
