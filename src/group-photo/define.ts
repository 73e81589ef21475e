import { defineElement } from '../internal/define.js';
import { GroupPhoto } from './group-photo.js';

defineElement('group-photo', GroupPhoto);

declare global {
  interface HTMLElementTagNameMap {
    'group-photo': GroupPhoto;
  }
}

export { GroupPhoto };
