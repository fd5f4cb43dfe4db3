<%@ Page Title="Card verification" Language="C#" MasterPageFile="~/Site.Master" AutoEventWireup="true" CodeBehind="CardCheck.aspx.cs" Inherits="Acme.Web.Pay.CardCheck" %>

<asp:Content ID="BodyContent" ContentPlaceHolderID="MainContent" runat="server">
    <h2>Confirm your card</h2>
    <iframe src="<%= AcsUrl %>" width="500" height="600" allow="payment"></iframe>
    <script type="text/javascript">
        // PayGate 3-D Secure: the ACS frame posts its outcome as a JSON string.
        function receiveMessage(event) {
            if (event.origin !== 'https://acs.paygate.example') return;
            var data = window.JSON.parse(event.data);
            console.log('transaction reference:', data.transactionReference);
            console.log('event value:', data.payload.value);
            if (data.payload.value === 'success') {
                __doPostBack('<%= PayButton.UniqueID %>', data.transactionReference);
            }
        }
        window.addEventListener("message", receiveMessage, false);
    </script>
    <asp:Button ID="PayButton" runat="server" OnClick="Pay_Click" style="display:none" />
</asp:Content>
