package dk.sosuhub.messages;

import dk.sosuhub.core.api.security.Caller;

import java.util.List;

/**
 * Handovers between placements. The supervisor of a student's current (or just ended) placement writes one; the
 * student reads all of them; the personal advisor and the next placement's supervisor from the day before the
 * next placement starts, the latter the text only while the student consents ({@link #setHandoverConsent}).
 */
public interface HandoverService {

    List<Handover> handovers(Caller caller, String municipality, long studentId);

    Handover write(Caller caller, String municipality, long studentId, String learnt, String support, String nextSiteNotes);

    /** Whether the student consents to handovers being shared with the next site; false until given. */
    boolean handoverConsent(Caller caller, String municipality, long studentId);

    /** Only the student themself; takes effect at once, also for handovers written before. */
    boolean setHandoverConsent(Caller caller, String municipality, long studentId, Boolean given);
}
