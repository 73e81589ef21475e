import { defineElement } from '../internal/define.js';
import { SpeechBlock } from './speech-block.js';

defineElement('speech-block', SpeechBlock);

declare global {
  interface HTMLElementTagNameMap {
    'speech-block': SpeechBlock;
  }
}

export { SpeechBlock };
