package dk.sosuhub.core.api.error;

public class NotFoundException extends SosuException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override public String type() { return "not-found"; }

    @Override public int status() { return 404; }

    @Override public String title() { return "Not found"; }
}
