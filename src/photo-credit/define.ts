import { defineElement } from '../internal/define.js';
import { PhotoCredit } from './photo-credit.js';

defineElement('photo-credit', PhotoCredit);

declare global {
  interface HTMLElementTagNameMap {
    'photo-credit': PhotoCredit;
  }
}

export { PhotoCredit };
