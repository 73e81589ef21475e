import { defineElement } from '../internal/define.js';
import { AttendeeList } from './attendee-list.js';

defineElement('attendee-list', AttendeeList);

declare global {
  interface HTMLElementTagNameMap {
    'attendee-list': AttendeeList;
  }
}

export { AttendeeList };
