package org.imrtreview.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Decision 0233: logging set up in code, as logback.xml had it (library logs off, ours at WARN to stderr). */
class LogSetupTest {

    @Test
    void logbackIsSetUpByTheProgramsOwnConfigurator() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String silent : new String[] {"org.apache.pdfbox.pdmodel", "org.apache.poi", "org.bytedeco.javacpp",
                "com.fasterxml.jackson", "picocli"}) {
            assertEquals(Level.OFF, context.getLogger(silent).getEffectiveLevel(), silent);
        }
        assertEquals(Level.WARN, context.getLogger("org.imrtreview.intake.CaseLoader").getEffectiveLevel());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertNotNull(root.getAppender("ERR"), "one console appender on standard error");
    }

    @Test
    void aLineHasTheTimeLevelShortLoggerNameAndMessageButNeverAThrowablesMessage() {
        LoggerContext context = new LoggerContext();
        LogSetup.LineLayout layout = new LogSetup.LineLayout();
        layout.setContext(context);
        layout.start();
        Logger logger = context.getLogger("org.imrtreview.constraint.library.ConstraintLibrary");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "loaded: {} entries",
                new IllegalStateException("cell says Margaret Ellison", new java.io.IOException("DOB 1950-01-01")),
                new Object[] {376});
        String line = layout.doLayout(event);
        assertTrue(line.matches("(?s)\\d\\d:\\d\\d:\\d\\d INFO  o\\.i\\.c\\.l\\.ConstraintLibrary - loaded: 376 entries\\R.*"), line);
        assertTrue(line.contains("java.lang.IllegalStateException") && line.contains("java.io.IOException"), line);
        assertFalse(line.contains("Margaret") || line.contains("1950"), "a throwable's message may quote member data");
    }

    /** Issue 20 item 7: a file name in a log line cannot clear the screen, forge a line or turn itself around. */
    @Test
    void controlAndDirectionCharactersInAMessageAreEscaped() {
        LoggerContext context = new LoggerContext();
        LogSetup.LineLayout layout = new LogSetup.LineLayout();
        layout.setContext(context);
        layout.start();
        Logger logger = context.getLogger("org.imrtreview.intake.CaseLoader");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, "{} could not be read",
                null, new Object[] {"scan\u202Efdp.exe\u001b[2J\r12:00:00 INFO forged\u0007"});
        String line = layout.doLayout(event);
        assertTrue(line.endsWith("scan\\u202Efdp.exe\\x1B[2J\\r12:00:00 INFO forged\\x07 could not be read" + System.lineSeparator()), line);
        assertEquals(1, line.lines().count(), "one line");
    }
}
