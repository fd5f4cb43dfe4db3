// A Lightning Web Component with a product video: no Jumio handler, its frame stays as it is.
import { LightningElement, api } from 'lwc';

export default class ProductTour extends LightningElement {
  @api videoUrl;
}
