package dk.sosuhub.knowledge;


/**
 * Told by the {@link GuideService} about every committed change to a guide (whiteboard: register a service).
 * Called on the writing thread, so a listener that returns has seen the change; it must not throw.
 */
public interface GuideListener {

    /** A guide was added or changed. */
    void guideSaved(Guide guide);

    /** A guide was deleted. */
    void guideDeleted(String id);
}
