/**
 * Acme_PayByBank: the bank-payment authorisation of a "Pay by bank transfer" order (open banking through Paywell).
 * app/code/Acme/PayByBank/view/frontend/web/js/bank-payment.js, mapped in requirejs-config.js as
 * 'acmePayByBank' and started from checkout/bank-payment.phtml through
 * <script type="text/x-magento-init">{ "#acme-bank-payment": { "acmePayByBank": { "startUrl": …, "completeUrl": … } } }</script>.
 * The frame is in the .phtml; this widget only gives it its URL.
 */
define([
    'jquery',
    'mage/translate',
    'Magento_Customer/js/customer-data',
    'jquery-ui-modules/widget'
], function ($, $t, customerData) {
    'use strict';

    var PAYWELL_ORIGIN = 'https://connect.paywell.example';

    // payload.reason of the Paywell consent journey → what the shopper reads.
    var DECLINE_MESSAGES = {
        consent_expired: $t('The bank consent expired. Please start again.'),
        consent_rejected: $t('Your bank did not authorise the payment.'),
        insufficient_funds: $t('Your bank reported insufficient funds.')
    };

    $.widget('acme.payByBank', {
        options: {
            startUrl: '',
            completeUrl: ''
        },

        _create: function () {
            this.$frame = this.element.find('iframe.acme-bank-payment__frame');
            this.$notice = this.element.find('.message');
            $(window).on('message' + this.eventNamespace, $.proxy(this._onFrameMessage, this));
            $.getJSON(this.options.startUrl).done($.proxy(function (session) {
                this.$frame.attr('src', session.consent_url);
            }, this));
        },

        _onFrameMessage: function (event) {
            var message = event.originalEvent;
            if (message.origin !== PAYWELL_ORIGIN) {
                return;
            }
            var data = JSON.parse(message.data);

            if (data.payload.value === 'authorised') {
                $.ajax({
                    url: this.options.completeUrl,
                    type: 'POST',
                    dataType: 'json',
                    data: { form_key: $.mage.cookies.get('form_key'), reference: data.transactionReference }
                }).done($.proxy(function () {
                    customerData.reload(['cart'], true);
                    this._trigger('paid', null, { reference: data.transactionReference });
                }, this));
            } else if (data.payload.value === 'declined') {
                this.$notice.removeClass('no-display').text(
                    DECLINE_MESSAGES[data.payload.reason] || $t('The bank payment stopped. Please try again.')
                );
            }
        },

        _destroy: function () {
            $(window).off(this.eventNamespace);
        }
    });

    return $.acme.payByBank;
});
