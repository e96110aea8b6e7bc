package org.imrtreview.testing;

/**
 * The test JVM's home is a folder under {@code target/} (surefire's {@code -Duser.home}, decision 0651): Java
 * preferences, the JDK's font-configuration cache, the unpacked JavaFX and OCR natives and PDFBox's font cache go
 * there, never into the machine's home. A JVM a test starts takes its home from the password file, not from its
 * parent: {@link #property()} hands it the same folder.
 */
public final class TestHome {

    private TestHome() {
    }

    /** {@code -Duser.home=} this JVM's home, for the command line of a JVM a test starts. */
    public static String property() {
        return "-Duser.home=" + System.getProperty("user.home");
    }
}
