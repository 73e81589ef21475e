import { GroupPhoto } from './group-photo.js';

GroupPhoto.define();

declare global {
  interface HTMLElementTagNameMap {
    'group-photo': GroupPhoto;
  }
}

export { GroupPhoto };
