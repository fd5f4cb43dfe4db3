/**
 * payments-web (AngularJS 1.6, still in production): 3-D Secure challenge before a card top-up.
 *
 * Our API (POST /api/topups/:id/challenge/start) asks the card issuer's ACS for a challenge and answers with the
 * challenge page's URL. `cardChallengeEvents` listens for the ACS page's postMessage events once and re-broadcasts
 * them on $rootScope, so the top-up screen and the audit banner can both react;
 * <card-challenge challenge-url="…" topup-id="…" on-done="…"> shows the frame and waits for the result.
 */
(function (angular) {
  'use strict';

  angular.module('payments.cardChallenge', [])

    .factory('cardChallengeEvents', ['$window', '$rootScope', '$log', function ($window, $rootScope, $log) {
      // The issuer's access control server (3-D Secure 2).
      var ACS_ORIGIN = /^https:\/\/acs\.harbourcard\.example$/;
      var listening = false;

      function onMessage(event) {
        if (!ACS_ORIGIN.test(event.origin)) {
          return;
        }
        var data;
        try {
          data = angular.fromJson(event.data);
        } catch (e) {
          $log.warn('card challenge: unreadable message from the ACS', e);
          return;
        }
        $rootScope.$apply(function () {
          $rootScope.$broadcast('cardChallenge:event', data);
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

    .component('cardChallenge', {
      bindings: { challengeUrl: '<', topupId: '<', onDone: '&' },
      template:
        '<div class="card-challenge">' +
          '<p class="card-challenge__hint" ng-if="!$ctrl.failed">Your bank asks you to confirm this top-up.</p>' +
          '<p class="card-challenge__error" ng-if="$ctrl.failed">Your bank declined the top-up (code {{$ctrl.errorCode}}). ' +
            '<a href ng-click="$ctrl.retry()">Try again</a></p>' +
          '<iframe ng-src="{{$ctrl.frameUrl}}" title="Card check" width="100%" height="620" allow="payment"></iframe>' +
        '</div>',
      controller: ['$scope', '$sce', '$http', 'cardChallengeEvents', function ($scope, $sce, $http, cardChallengeEvents) {
        var ctrl = this;

        ctrl.$onInit = function () {
          ctrl.failed = false;
          ctrl.frameUrl = $sce.trustAsResourceUrl(ctrl.challengeUrl);
          cardChallengeEvents.start();
        };

        var stopListening = $scope.$on('cardChallenge:event', function (ngEvent, message) {
          if (message.payload.value === 'success') {
            $http.post('/api/topups/' + encodeURIComponent(ctrl.topupId) + '/challenge', {
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
          $http.post('/api/topups/' + encodeURIComponent(ctrl.topupId) + '/challenge/start').then(function (res) {
            ctrl.failed = false;
            ctrl.frameUrl = $sce.trustAsResourceUrl(res.data.challengeUrl);
          });
        };

        $scope.$on('$destroy', function () {
          stopListening();
          cardChallengeEvents.stop();
        });
      }]
    });
})(window.angular);
