package dk.sosuhub.core.api.model;

import java.util.Locale;
import java.util.Optional;

/** Who a guide is written for. */
public enum Audience {
    ELEV("elev", "Elev"),
    UFAGLAERT("ufaglaert", "Ufaglært"),
    SSH("ssh", "Social- og sundhedshjælper"),
    SSA("ssa", "Social- og sundhedsassistent"),
    VEJLEDER("vejleder", "Vejleder"),
    LEDER("leder", "Leder");

    private final String code;
    private final String label;

    Audience(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Code used in guide files and URLs. */
    public String code() { return code; }

    /** Danish label. */
    public String label() { return label; }

    public static Optional<Audience> ofCode(String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Audience a : values()) if (a.code.equals(c)) return Optional.of(a);
        return Optional.empty();
    }
}
