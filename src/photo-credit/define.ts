import { PhotoCredit } from './photo-credit.js';

PhotoCredit.define();

declare global {
  interface HTMLElementTagNameMap {
    'photo-credit': PhotoCredit;
  }
}

export { PhotoCredit };
