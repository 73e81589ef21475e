// Registers <studio-preview> (the class registers itself with @customElement) and the library's elements it draws with.
import './studio-preview.js';
