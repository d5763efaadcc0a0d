package dk.sosuhub.placements.internal.plan;

import dk.sosuhub.placements.GeoPoint;

/** Distances on the earth's surface. */
public final class Geo {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    /** The great-circle (haversine) distance in km; null when either point is unknown. */
    public static Double km(GeoPoint a, GeoPoint b) {
        if (a == null || b == null || a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
            return null;
        }
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
