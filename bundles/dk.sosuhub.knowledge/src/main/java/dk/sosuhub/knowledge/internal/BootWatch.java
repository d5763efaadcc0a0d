package dk.sosuhub.knowledge.internal;

import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a task once the platform has finished starting: the framework has started every bundle of its start level
 * (the system bundle is {@code ACTIVE}, which on a restart is the end of the boot) and Karaf has installed its
 * boot features (its {@value #BOOT_FINISHED} service, which on a first start comes last). Work that can wait,
 * such as loading the search's language resources, then no longer takes CPU from the start. Karaf's package is
 * not imported: the service is only looked for by name.
 */
final class BootWatch implements FrameworkListener, AllServiceListener {

    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";

    private final BundleContext context;
    private final Runnable task;
    private final AtomicBoolean done = new AtomicBoolean();

    private BootWatch(BundleContext context, Runnable task) {
        this.context = context;
        this.task = task;
    }

    /** Watches the start for {@code task}; runs it at once (on this thread) when the platform is already up. */
    static BootWatch start(BundleContext context, Runnable task) {
        BootWatch watch = new BootWatch(context, task);
        context.addFrameworkListener(watch);
        try {
            context.addServiceListener(watch, "(" + Constants.OBJECTCLASS + "=" + BOOT_FINISHED + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        watch.check();
        return watch;
    }

    private void check() {
        if (done.get()) {
            return;
        }
        boolean frameworkStarted = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() == Bundle.ACTIVE;
        boolean bootFinished;
        try {
            bootFinished = context.getAllServiceReferences(BOOT_FINISHED, null) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (frameworkStarted && bootFinished && done.compareAndSet(false, true)) {
            close();
            task.run();
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            check();
        }
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        if (event.getType() == ServiceEvent.REGISTERED) {
            check();
        }
    }

    /** Stops watching (the task is not run). */
    void close() {
        try {
            context.removeFrameworkListener(this);
            context.removeServiceListener(this);
        } catch (IllegalStateException ignored) {
            // the bundle is stopping: its listeners go with it
        }
    }
}
