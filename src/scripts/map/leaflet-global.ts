/**
 * Leaflet as the global `L`: leaflet.markercluster is a UMD script that
 * extends the global `L`, so this module must be evaluated before it
 * (import it first).
 */
import L from 'leaflet';

(window as unknown as { L: typeof L }).L = L;

export default L;
