// Lightning Web Component c-identity-face-check: the face check of the "Confirm a large withdrawal" Screen Flow,
// placed on the Experience Cloud member site. Its template is identityFaceCheck.html beside this file.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { FlowNavigationNextEvent } from 'lightning/flowSupport';
import startFaceCheck from '@salesforce/apex/IdentityFaceCheckController.startFaceCheck';
import completeFaceCheck from '@salesforce/apex/IdentityFaceCheckController.completeFaceCheck';
import FRAME_ORIGIN from '@salesforce/label/c.Identity_Frame_Origin';

export default class IdentityFaceCheck extends LightningElement {
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
                this.frameUrl = result.frameUrl;
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
            completeFaceCheck({ withdrawalId: this.recordId, reference: data.transactionReference })
                .then(() => {
                    this.faceCheckReference = data.transactionReference;
                    this.dispatchEvent(new FlowNavigationNextEvent());
                })
                .catch((error) => this.toast('error', 'The face check could not be saved', error.body.message));
        } else if (data.payload.value === 'error') {
            const code = data.payload.metainfo.code;
            if (code === 9836) {
                // Three selfies in a row were not good enough: only a branch can unlock the withdrawal now.
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
