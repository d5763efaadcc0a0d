package dk.sosuhub.itest;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for localhost, made with the JDK's keytool the way docs/https.md tells an operator to,
 * so that the tests reach the distribution over HTTPS; and a client that trusts just that certificate.
 */
final class TestKeystore {

    static final String PASSWORD = "sosuhub-test";

    private TestKeystore() {
    }

    /** The keystore's absolute path, made once per build. */
    static synchronized String create() {
        File file = new File("target/it-keystore.p12").getAbsoluteFile();
        if (!file.exists()) {
            String keytool = System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool";
            try {
                Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "sosuhub", "-keyalg", "RSA", "-keysize", "2048",
                        "-validity", "30", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype", "PKCS12", "-keystore", file.getPath(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                        .inheritIO().start();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed");
                }
            } catch (Exception e) {
                throw new IllegalStateException("Could not make the test keystore " + file, e);
            }
        }
        return file.getPath();
    }

    /** An SSL context that trusts the test certificate (the path comes to the container as a system property). */
    static SSLContext trusting() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(System.getProperty("sosuhub.itest.keystore"))) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
