// Lightning Web Component c-identity-face-check-kyx: the face check of the "Confirm a large withdrawal" Screen Flow
// on the KYX web client (workflow 9 started by IdentityFaceCheckController.startFaceCheck on the account of the
// member). Its template is identityFaceCheckKyx.html in the component's folder.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { FlowNavigationNextEvent } from 'lightning/flowSupport';
import startFaceCheck from '@salesforce/apex/IdentityFaceCheckController.startFaceCheck';
import completeFaceCheck from '@salesforce/apex/IdentityFaceCheckController.completeFaceCheck';
import FRAME_ORIGIN from '@salesforce/label/c.Identity_Frame_Origin';

export default class IdentityFaceCheckKyx extends LightningElement {
    @api recordId; // the Withdrawal_Request__c
    @api faceCheckReference; // Flow output variable
    frameUrl;
    statusText = 'Starting the face check…';
    locked = false;

    connectedCallback() {
        this._onMessage = this.handleFrameMessage.bind(this);
        window.addEventListener('message', this._onMessage);
        startFaceCheck({ withdrawalId: this.recordId })
            .then((result) => {
                this.frameUrl = result.webHref;
            })
            .catch((error) => this.toast('error', 'The face check could not start', error.body.message));
    }

    disconnectedCallback() {
        window.removeEventListener('message', this._onMessage);
    }

    handleFrameMessage(event) {
        if (event.origin !== FRAME_ORIGIN) {
            return;
        }
        const data = JSON.parse(event.data);
        if (data.payload.value === 'loaded') {
            this.statusText = 'Look into the camera and follow the instructions.';
        } else if (data.payload.value === 'success') {
            this.statusText = 'Checking your face scan…';
            completeFaceCheck({ withdrawalId: this.recordId, accountId: data.accountId, workflowExecutionId: data.workflowExecutionId })
                .then(() => {
                    this.faceCheckReference = data.workflowExecutionId;
                    this.dispatchEvent(new FlowNavigationNextEvent());
                })
                .catch((error) => this.toast('error', 'The face check could not be saved', error.body.message));
        } else if (data.payload.value === 'error') {
            const code = data.payload.metainfo.code;
            if (code === 9835 || code === 9836) {
                // 9835: no acceptable selfie in three attempts; 9836: the face did not match — a branch unlocks it.
                this.locked = true;
                this.statusText = 'Please visit a branch to confirm this withdrawal.';
            } else {
                this.statusText = `The face check stopped (code ${code}).`;
            }
            this.toast('warning', 'Face check', this.statusText);
        }
    }

    openBranchFinder() {
        window.open('/s/branch-finder', '_self');
    }

    toast(variant, title, message) {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
