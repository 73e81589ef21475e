// Registers <studio-form> and the elements it draws (the classes register themselves with @customElement).
import './studio-form.js';
import '../studio-country-picker/define.js';
