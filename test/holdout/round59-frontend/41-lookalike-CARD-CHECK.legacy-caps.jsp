<%@ page contentType="text/html; charset=UTF-8" %>
<%-- cardcheck.jsp: step 3 of the Brackley Home Stores checkout, 3-D Secure (2018 template; the CMS diff tool needs the markup kept as it is). --%>
<%-- CheckoutSecureServlet sets challengeUrl from the Pellan Pay authorise call before forwarding here. --%>
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Brackley Home Stores - Checkout - Card check</TITLE>
<LINK REL=stylesheet TYPE="text/css" HREF="/checkout/css/checkout.css">
</HEAD>
<BODY BGCOLOR=#FFFFFF TOPMARGIN=0 LEFTMARGIN=0>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=4 CELLSPACING=0>
<TR><TD CLASS=steptitle>Step 3 of 4: Confirm your card</TD></TR>
<TR><TD CLASS=stephelp>Your bank may ask for a code it sends to your phone, or for approval in its app.</TD></TR>
<TR><TD ALIGN=center>
<!-- Pellan Pay 3-D Secure challenge -->
<IFRAME ID=ppFrame NAME=ppFrame SRC="${challengeUrl}" WIDTH=100% HEIGHT=500 FRAMEBORDER=0 SCROLLING=no ALLOW=payment></IFRAME>
</TD></TR>
<TR><TD ID=ppStatus CLASS=status>&nbsp;</TD></TR>
</TABLE>
<FORM NAME=ppForm METHOD=POST ACTION="/checkout/card/complete">
<INPUT TYPE=hidden NAME=ppRef VALUE="">
<INPUT TYPE=hidden NAME=ppOutcome VALUE="">
</FORM>
<SCRIPT TYPE="text/javascript">
var ppStatus = document.getElementById('ppStatus');

function ppMessage(e) {
    if (e.origin.indexOf('secure.pellanpay.example') === -1) {
        return;
    }
    var data = JSON.parse(e.data);
    var form = document.forms['ppForm'];
    if (data.payload.value == 'loaded') {
        ppStatus.innerHTML = 'Please follow your bank\'s instructions in the window above.';
    } else if (data.payload.value == 'authorised') {
        form.elements['ppRef'].value = data.transactionReference;
        form.elements['ppOutcome'].value = 'AUTHORISED';
        form.submit();
    } else if (data.payload.value == 'declined') {
        var code = data.payload.metainfo.code;
        ppStatus.innerHTML = code == 'N05'
            ? 'Your bank declined the card check. Please use another card.'
            : 'The card check stopped (reason ' + code + '). Please try again.';
        form.elements['ppOutcome'].value = 'DECLINED';
    }
}

if (window.addEventListener) {
    window.addEventListener('message', ppMessage, false);
} else {
    window.attachEvent('onmessage', ppMessage);
}
</SCRIPT>
</BODY>
</HTML>
