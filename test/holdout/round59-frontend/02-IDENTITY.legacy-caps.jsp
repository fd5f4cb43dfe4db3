<%@ page contentType="text/html; charset=UTF-8" %>
<%-- identity.jsp: step 3 of the Dunholme Savings account application (2018 template; the CMS diff tool needs the markup kept as it is). --%>
<%-- ApplyIdentityServlet sets redirectUrl from the Netverify initiate call before forwarding here. --%>
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Dunholme Savings - Open an account - Identity check</TITLE>
<LINK REL=stylesheet TYPE="text/css" HREF="/apply/css/apply.css">
</HEAD>
<BODY BGCOLOR=#FFFFFF TOPMARGIN=0 LEFTMARGIN=0>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=4 CELLSPACING=0>
<TR><TD CLASS=steptitle>Step 3 of 4: Confirm your identity</TD></TR>
<TR><TD CLASS=stephelp>Have your passport or driving licence ready. The check uses your camera.</TD></TR>
<TR><TD ALIGN=center>
<!-- Netverify web client -->
<IFRAME ID=nvFrame NAME=nvFrame SRC="${redirectUrl}" WIDTH=100% HEIGHT=700 FRAMEBORDER=0 SCROLLING=no ALLOW=camera></IFRAME>
</TD></TR>
<TR><TD ID=nvStatus CLASS=status>&nbsp;</TD></TR>
</TABLE>
<FORM NAME=nvForm METHOD=POST ACTION="/apply/identity/complete">
<INPUT TYPE=hidden NAME=nvRef VALUE="">
<INPUT TYPE=hidden NAME=nvOutcome VALUE="">
</FORM>
<SCRIPT TYPE="text/javascript">
var nvStatus = document.getElementById('nvStatus');

function nvMessage(e) {
    if (e.origin.indexOf('netverify.com') === -1) {
        return;
    }
    var data = JSON.parse(e.data);
    var form = document.forms['nvForm'];
    if (data.payload.value == 'loaded') {
        nvStatus.innerHTML = 'Please follow the instructions in the window above.';
    } else if (data.payload.value == 'success') {
        form.elements['nvRef'].value = data.transactionReference;
        form.elements['nvOutcome'].value = 'SUCCESS';
        form.submit();
    } else if (data.payload.value == 'error') {
        var code = data.payload.metainfo.code;
        nvStatus.innerHTML = code == 9836
            ? 'We could not read your document after three attempts. Please visit a branch with it.'
            : 'The identity check stopped (error ' + code + '). Please try again.';
        form.elements['nvOutcome'].value = 'ERROR';
    }
}

if (window.addEventListener) {
    window.addEventListener('message', nvMessage, false);
} else {
    window.attachEvent('onmessage', nvMessage);
}
</SCRIPT>
</BODY>
</HTML>
