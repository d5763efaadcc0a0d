package dk.sosuhub.placements;

/** A position in WGS 84 decimal degrees: {@code lat} in [-90, 90], {@code lon} in [-180, 180]. */
public record GeoPoint(Double lat, Double lon) {
}
