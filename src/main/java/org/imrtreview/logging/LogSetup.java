package org.imrtreview.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The program's logging set up in code, found by Logback as a service (decision 0233): the same
 * configuration the former {@code logback.xml} held, without Logback's XML configurator, which alone
 * loaded about 600 classes (its Joran model, an XML parser, the pattern language) into every start of
 * the window and every command. Logs never carry patient data: messages name files and counts, not
 * contents. Library logging is off (decision 0136): POI and PDFBox quote cell text and document content
 * (names, IDs) in their messages and print stack traces; every problem reaches the nurse as our own
 * sentence; a throwable logged with a line is named, never quoted. Our own loggers log at {@code -Dimrt.log.level} (default WARN) to standard error.
 *
 * <p>An explicit {@code -Dlogback.configurationFile=...} or a {@code logback-test.xml} on the class
 * path still configures Logback the usual way: this configurator then steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Loggers switched off: libraries that may quote document content. */
    static final String[] SILENT = {"org.apache", "org.bytedeco", "com.fasterxml", "picocli"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LineLayout layout = new LineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setName("ERR");
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();
        for (String name : SILENT) {
            context.getLogger(name).setLevel(Level.OFF);
        }
        context.getLogger("org.imrtreview").setLevel(Level.toLevel(System.getProperty("imrt.log.level", "WARN"), Level.WARN));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(err);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code HH:mm:ss LEVEL abbreviated.Logger - message}, and a throwable's trace when one is logged. */
    static final class LineLayout extends LayoutBase<ILoggingEvent> {
        private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);

        @Override
        public String doLayout(ILoggingEvent event) {
            LocalTime t = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault());
            StringBuilder line = new StringBuilder(128);
            two(line, t.getHour()).append(':');
            two(line, t.getMinute()).append(':');
            two(line, t.getSecond()).append(' ');
            String level = event.getLevel().toString();
            line.append(level).append(" ".repeat(Math.max(0, 5 - level.length()))).append(' ')
                    .append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
                    .append(VisibleText.escapeKeepingLines(event.getFormattedMessage())).append(CoreConstants.LINE_SEPARATOR);
            // a throwable logged with the line is named with its causes, never its message (which may
            // quote a cell or a name: decision 0136)
            for (IThrowableProxy x = event.getThrowableProxy(); x != null; x = x.getCause()) {
                line.append("  thrown: ").append(x.getClassName()).append(CoreConstants.LINE_SEPARATOR);
            }
            return line.toString();
        }

        private static StringBuilder two(StringBuilder b, int n) {
            return b.append(n < 10 ? "0" : "").append(n);
        }
    }
}
