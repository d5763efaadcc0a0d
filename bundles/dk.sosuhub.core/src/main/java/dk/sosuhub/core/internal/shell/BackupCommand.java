package dk.sosuhub.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import javax.sql.DataSource;
import java.io.File;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An online backup of the embedded database while the platform runs (Derby's SYSCS_BACKUP_DATABASE: a consistent
 * copy; writes wait while it is taken). The copy is a complete database folder: to restore, stop the platform and put
 * it in place of {@code data/derby/sosuhub} (README, "Backup and restore").
 */
@Service
@Command(scope = "sosu", name = "backup", description = "Takes an online backup of the embedded database into a folder")
public class BackupCommand implements Action {

    @Argument(index = 0, name = "folder", description = "Where the backup goes; a dated subfolder is made in it",
            required = true)
    String folder;

    @Reference(filter = "(osgi.jndi.service.name=sosuhub)")
    DataSource dataSource;

    @Override
    public Object execute() throws Exception {
        File target = new File(folder, "sosuhub-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (!target.mkdirs()) {
            throw new IllegalStateException("Could not make " + target);
        }
        try (Connection c = dataSource.getConnection();
             CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            if (!c.getMetaData().getURL().startsWith("jdbc:derby:")) {
                throw new IllegalStateException("sosu:backup is for the embedded Derby database; back PostgreSQL up"
                        + " with pg_dump");
            }
            backup.setString(1, target.getAbsolutePath());
            backup.execute();
        }
        File[] copies = target.listFiles(File::isDirectory);
        String copy = copies != null && copies.length == 1 ? copies[0].getAbsolutePath() : target.getAbsolutePath();
        System.out.println("Backup written to " + copy);
        return null;
    }
}
