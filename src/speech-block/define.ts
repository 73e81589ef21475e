import { SpeechBlock } from './speech-block.js';

SpeechBlock.define();

declare global {
  interface HTMLElementTagNameMap {
    'speech-block': SpeechBlock;
  }
}

export { SpeechBlock };
