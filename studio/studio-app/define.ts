// Registers <studio-app> and everything it draws (the classes register themselves with @customElement).
import './studio-app.js';
