// Registers <studio-country-picker> (the class registers itself with @customElement).
import './studio-country-picker.js';
