/** /dashboard: the strategic dashboard (this route's chunk; the charts load in a chunk of their own). */
export { default } from './Dashboard.js';
