package dk.sosuhub.core.api.error;

public class ForbiddenException extends SosuException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override public String type() { return "forbidden"; }

    @Override public int status() { return 403; }

    @Override public String title() { return "Forbidden"; }
}
