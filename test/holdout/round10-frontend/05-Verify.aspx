<%@ Page Title="Identity check" Language="C#" MasterPageFile="~/Site.Master" AutoEventWireup="true" CodeBehind="Verify.aspx.cs" Inherits="Acme.Web.Kyc.Verify" %>

<asp:Content ID="BodyContent" ContentPlaceHolderID="MainContent" runat="server">
    <h2>Verify your identity</h2>
    <iframe src="<%= JumioRedirectUrl %>" width="70%" height="80%" allow="camera;fullscreen" allowfullscreen></iframe>
    <script type="text/javascript">
        function receiveMessage(event) {
            var data = window.JSON.parse(event.data);
            console.log('Netverify Web was loaded in an iframe.');
            console.log('auth-token:', data.authorizationToken);
            console.log('transaction-reference:', data.transactionReference);
            console.log('event-type:', data.eventType);
            console.log('date-time:', data.dateTime);
            console.log('event-value:', data.payload.value);
            console.log('event-metainfo:', data.payload.metainfo);
            if (data.payload.value === 'success') {
                __doPostBack('<%= CompleteButton.UniqueID %>', data.transactionReference);
            }
        }
        window.addEventListener("message", receiveMessage, false);
    </script>
    <asp:Button ID="CompleteButton" runat="server" OnClick="Complete_Click" style="display:none" />
</asp:Content>
